import { GAP_EPSILON } from "../../checks/gapRule";
import { isPercentRule } from "../../checks/isPercentRule";
import type { Rule } from "../../checks/Rule";
import type { CellRef } from "../../model/CellRef";
import type { Edition } from "../../model/Edition";
import type { RoundingMode } from "../../numbers/RoundingMode";
import type { PlacedCell } from "../WorkbookPlan";
import { call, type Expr, num, op } from "./Expr";
import {
  amountInterval,
  cellRef,
  divideExpr,
  excludesZero,
  figureValue,
  type IntervalExpr,
  percentInterval,
} from "./operands";

/** Finds where a dataset cell of an edition was placed, if it was. */
export type PlacementLookup = (edition: Edition, ref: CellRef) => PlacedCell | undefined;

/**
 * A rule as formulas for one placed target: the cells that must hold numbers, the conditions
 * under which the figure is checkable at all, and the three verdicts (each TRUE or FALSE).
 */
export type RuleFormula = {
  readonly target: PlacedCell;
  readonly numbers: ReadonlyArray<Expr>;
  readonly conditions: ReadonlyArray<Expr>;
  readonly finding: Expr;
  /** TRUE for a finding whose printed value is at least one unit off (given `finding`). */
  readonly far: Expr;
  /** TRUE for a finding whose printed value is less than one unit off (given `finding`). */
  readonly near: Expr;
};

type Computed = {
  /** References to the inputs, anchored as the arithmetic anchors them. */
  readonly inputs: ReadonlyArray<Expr>;
  readonly conditions: ReadonlyArray<Expr>;
  readonly recomputed: IntervalExpr;
};

const ONE_UNIT = 1 - GAP_EPSILON;

function ratio(
  kind: "share" | "change" | "margin",
  a: PlacedCell,
  b: PlacedCell,
  mode: RoundingMode,
  fixedDenominator: boolean
): Computed {
  const numerator = amountInterval(a, mode);
  const denominator = amountInterval(b, mode, fixedDenominator);
  const q = divideExpr(numerator, denominator);
  const recomputed: IntervalExpr =
    kind === "share"
      ? { lo: op(q.lo, "*", num(100)), hi: op(q.hi, "*", num(100)) }
      : kind === "change"
        ? {
            lo: op(op(q.lo, "-", num(1)), "*", num(100)),
            hi: op(op(q.hi, "-", num(1)), "*", num(100)),
          }
        : {
            lo: op(op(q.hi, "-", num(1)), "*", num(-100)),
            hi: op(op(q.lo, "-", num(1)), "*", num(-100)),
          };
  return {
    inputs: [cellRef(a), cellRef(b, fixedDenominator)],
    conditions: [excludesZero(denominator)],
    recomputed,
  };
}

function linear(
  terms: ReadonlyArray<{
    readonly cell: PlacedCell;
    readonly sign: 1 | -1;
    readonly scale: number;
  }>,
  mode: RoundingMode
): Computed {
  let lo: Expr | null = null;
  let hi: Expr | null = null;
  for (const term of terms) {
    const raw = amountInterval(term.cell, mode);
    const scaled: IntervalExpr =
      term.scale === 1
        ? raw
        : term.scale > 0
          ? { lo: op(raw.lo, "*", num(term.scale)), hi: op(raw.hi, "*", num(term.scale)) }
          : { lo: op(raw.hi, "*", num(term.scale)), hi: op(raw.lo, "*", num(term.scale)) };
    const addLo = term.sign === 1 ? scaled.lo : scaled.hi;
    const addHi = term.sign === 1 ? scaled.hi : scaled.lo;
    const operator = term.sign === 1 ? "+" : "-";
    // 0 + x is x exactly: the first added term stands alone.
    lo = lo === null && term.sign === 1 ? addLo : op(lo ?? num(0), operator, addLo);
    hi = hi === null && term.sign === 1 ? addHi : op(hi ?? num(0), operator, addHi);
  }
  return {
    inputs: terms.map((t) => cellRef(t.cell)),
    conditions: [],
    recomputed: { lo: lo ?? num(0), hi: hi ?? num(0) },
  };
}

function compute(
  rule: Exclude<Rule, { kind: "edition" }>,
  edition: Edition,
  find: PlacementLookup,
  mode: RoundingMode
): Computed | null {
  const cells = (refs: ReadonlyArray<CellRef>): PlacedCell[] | null => {
    const found = refs.map((ref) => find(edition, ref));
    return found.every((c) => c !== undefined) ? (found as PlacedCell[]) : null;
  };
  switch (rule.kind) {
    case "share": {
      const c = cells([rule.numerator, rule.denominator]);
      return c && ratio("share", c[0], c[1], mode, true);
    }
    case "change": {
      const c = cells([rule.current, rule.prior]);
      return c && ratio("change", c[0], c[1], mode, false);
    }
    case "translation": {
      const c = cells([rule.jpy]);
      if (c === null) {
        return null;
      }
      const jpy = amountInterval(c[0], mode);
      const recomputed = {
        lo: op(jpy.lo, "*", num(rule.factor)),
        hi: op(jpy.hi, "*", num(rule.factor)),
      };
      return { inputs: [cellRef(c[0])], conditions: [], recomputed };
    }
    case "footing":
    case "reconciliation": {
      const c = cells(rule.terms.map((t) => t.ref));
      return (
        c &&
        linear(
          rule.terms.map((t, i) => ({ cell: c[i], sign: t.sign, scale: t.scale })),
          mode
        )
      );
    }
    case "claim": {
      const f = rule.claim.formula;
      switch (f.kind) {
        case "change": {
          const c = cells([f.current, f.base]);
          return c && ratio("change", c[0], c[1], mode, false);
        }
        case "share": {
          const c = cells([f.numerator, f.denominator]);
          return c && ratio("share", c[0], c[1], mode, false);
        }
        case "margin": {
          const c = cells([f.revenue, f.cost]);
          return c && ratio("margin", c[1], c[0], mode, false);
        }
      }
    }
  }
}

function editionFormula(target: PlacedCell, english: PlacedCell): RuleFormula {
  const decimals = Math.max(target.decimals, english.decimals);
  // The engine's own arithmetic: round(|en − ja| · 10^d · 10⁶) ≠ 0 is a finding, > 10⁶ is major.
  const scaled = op(
    op(call("ABS", op(figureValue(english), "-", figureValue(target))), "*", num(10 ** decimals)),
    "*",
    num(1e6)
  );
  return {
    target,
    numbers: [cellRef(target), cellRef(english)],
    conditions: [],
    finding: op(scaled, ">=", num(0.5)),
    far: op(scaled, ">=", num(1e6 + 0.5)),
    near: op(scaled, "<", num(1e6 + 0.5)),
  };
}

/**
 * The formulas of one rule for one edition's placed target, generated from the rule itself:
 * references to the amounts' cells (so an edit re-evaluates them), the rounding intervals
 * written in, the engine's corner-value division, its not-checkable cases and its GAP_EPSILON
 * rule. Null when the target or an input is not placed (the engine then finds nothing either).
 *
 * @param rule - the rule
 * @param edition - the edition whose cells are checked (the Japanese cell for edition rules)
 * @param find - where dataset cells were placed
 * @param mode - how amounts were rounded
 * @returns the formulas, or null
 * @example
 * ruleFormula(shareRule, "en", find, "round")?.target.address //=> "D8"
 */
export function ruleFormula(
  rule: Rule,
  edition: Edition,
  find: PlacementLookup,
  mode: RoundingMode
): RuleFormula | null {
  const target = find(edition, rule.target);
  if (target === undefined) {
    return null;
  }
  if (rule.kind === "edition") {
    const english = edition === "ja" ? find("en", rule.target) : undefined;
    return english === undefined ? null : editionFormula(target, english);
  }
  const computed = compute(rule, edition, find, mode);
  if (computed === null) {
    return null;
  }
  const percent = isPercentRule(rule);
  const conditions = [...computed.conditions];
  if (percent && target.printedNil === true) {
    conditions.push(op(cellRef(target), "<>", num(0)));
  }
  const value = figureValue(target);
  const reported = percent ? percentInterval(target) : amountInterval(target, mode);
  // In units of the last printed digit; × 1 is left out (exactly the same number).
  const inUnits = (e: Expr): Expr =>
    target.decimals === 0 ? e : op(e, "*", num(10 ** target.decimals));
  const { lo, hi } = computed.recomputed;
  const above = inUnits(op(value, "-", hi));
  const below = inUnits(op(lo, "-", value));
  return {
    target,
    numbers: [cellRef(target), ...computed.inputs],
    conditions,
    finding: call(
      "OR",
      op(inUnits(op(reported.lo, "-", hi)), ">", num(GAP_EPSILON)),
      op(inUnits(op(lo, "-", reported.hi)), ">", num(GAP_EPSILON))
    ),
    far: call("OR", op(above, ">=", num(ONE_UNIT)), op(below, ">=", num(ONE_UNIT))),
    near: call("AND", op(above, "<", num(ONE_UNIT)), op(below, "<", num(ONE_UNIT))),
  };
}
