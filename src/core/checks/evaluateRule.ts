import type { CellRef } from "../model/CellRef";
import type { Interval } from "../numbers/Interval";
import { intervalGap, scaleInterval, sumIntervals } from "../numbers/intervalArithmetic";
import { reportedInterval } from "../numbers/reportedInterval";
import type { RoundingMode } from "../numbers/RoundingMode";
import type { Evaluation, InputFigure } from "./Evaluation";
import type { FigureSource } from "./FigureReading";
import type { NotCheckableReason } from "./NotCheckableReason";
import { severityOfGap } from "./gapRule";
import { readInput } from "./readInput";
import { changeOf, marginOf, type Recomputed, shareOf } from "./recompute";
import type { Rule, ScaledTerm } from "./Rule";
import { isPercentRule } from "./isPercentRule";

type Operand = { readonly point: number; readonly interval: Interval };
type Computation = { readonly recomputed: Recomputed; readonly inputs: ReadonlyArray<InputFigure> };

function readAll(
  source: FigureSource,
  refs: ReadonlyArray<CellRef>,
  mode: RoundingMode
): { readonly operands: Operand[]; readonly inputs: InputFigure[] } | NotCheckableReason {
  const operands: Operand[] = [];
  const inputs: InputFigure[] = [];
  for (const ref of refs) {
    const reading = readInput(source, ref, mode);
    if (!reading.ok) {
      return reading.reason;
    }
    operands.push({ point: reading.figure.value, interval: reading.interval });
    inputs.push(reading.figure);
  }
  return { operands, inputs };
}

function linear(terms: ReadonlyArray<ScaledTerm>, operands: ReadonlyArray<Operand>): Recomputed {
  let point = 0;
  const scaled = terms.map((term, i) => {
    point += term.sign * term.scale * operands[i].point;
    return { interval: scaleInterval(operands[i].interval, term.scale), sign: term.sign };
  });
  return { point, interval: sumIntervals(scaled) };
}

function compute(
  rule: Exclude<Rule, { kind: "edition" }>,
  source: FigureSource,
  mode: RoundingMode
): Computation | NotCheckableReason {
  const run = (
    refs: ReadonlyArray<CellRef>,
    f: (o: ReadonlyArray<Operand>) => Recomputed
  ): Computation | NotCheckableReason => {
    const read = readAll(source, refs, mode);
    return "kind" in read ? read : { recomputed: f(read.operands), inputs: read.inputs };
  };
  switch (rule.kind) {
    case "share":
      return run([rule.numerator, rule.denominator], ([a, b]) => shareOf(a, b));
    case "change":
      return run([rule.current, rule.prior], ([a, b]) => changeOf(a, b));
    case "footing":
    case "reconciliation":
      return run(
        rule.terms.map((t) => t.ref),
        (o) => linear(rule.terms, o)
      );
    case "translation":
      return run([rule.jpy], ([a]) => ({
        point: a.point * rule.factor,
        interval: scaleInterval(a.interval, rule.factor),
      }));
    case "claim": {
      const f = rule.claim.formula;
      switch (f.kind) {
        case "change":
          return run([f.current, f.base], ([a, b]) => changeOf(a, b));
        case "share":
          return run([f.numerator, f.denominator], ([a, b]) => shareOf(a, b));
        case "margin":
          return run([f.revenue, f.cost], ([a, b]) => marginOf(a, b));
      }
    }
  }
}

/**
 * Evaluates one rule on one edition's figures: reads the reported figure and the amounts it
 * is computed from, recomputes it as an interval from the amounts' rounding intervals, and
 * measures the gap to the reported figure's own interval in units of its last printed digit.
 *
 * @param rule - any rule but `edition` (see `evaluateEditions`)
 * @param source - the edition's figures (the dataset, or a workbook read back)
 * @param mode - how amounts were rounded; percentages are always read as rounded
 * @returns the evaluation
 * @example
 * evaluateRule(shareRule, source, "round").status //=> "checked"
 */
export function evaluateRule(
  rule: Exclude<Rule, { kind: "edition" }>,
  source: FigureSource,
  mode: RoundingMode
): Evaluation {
  const target = source(rule.target);
  if (target.kind === "absent") {
    return { status: "absent" };
  }
  if (target.kind === "unreadable") {
    return {
      status: "notCheckable",
      reason: { kind: "reportedUnreadable", problem: target.reason },
    };
  }
  if (target.value !== null && !Number.isFinite(target.value)) {
    return { status: "notCheckable", reason: { kind: "reportedNotFinite" } };
  }
  if (target.value === null && isPercentRule(rule)) {
    return { status: "notCheckable", reason: { kind: "reportedNil" } };
  }
  const computation = compute(rule, source, mode);
  if ("kind" in computation) {
    return { status: "notCheckable", reason: computation };
  }
  if (computation.recomputed === null) {
    return { status: "notCheckable", reason: { kind: "zeroDenominator" } };
  }
  const { interval: recomputedInterval, point } = computation.recomputed;
  if (
    !Number.isFinite(recomputedInterval.lo) ||
    !Number.isFinite(recomputedInterval.hi) ||
    !Number.isFinite(point)
  ) {
    return { status: "notCheckable", reason: { kind: "overflow" } };
  }
  const value = target.value ?? 0;
  const interval = isPercentRule(rule)
    ? reportedInterval(value, target.decimals, "round")
    : target.value === null
      ? { lo: 0, hi: 0 }
      : reportedInterval(value, target.decimals, mode);
  const perUnit = 10 ** target.decimals;
  const intervalGapUnits = intervalGap(interval, computation.recomputed.interval) * perUnit;
  // A figure astronomically far off (1e308) still gets a finite distance: the largest there is.
  const gapUnits = Math.min(
    Number.MAX_VALUE,
    intervalGap({ lo: value, hi: value }, computation.recomputed.interval) * perUnit
  );
  return {
    status: "checked",
    reported: { text: target.text, value, decimals: target.decimals },
    reportedInterval: interval,
    recomputed: computation.recomputed.point,
    recomputedInterval: computation.recomputed.interval,
    gapUnits,
    severity: severityOfGap(intervalGapUnits, gapUnits),
    inputs: computation.inputs,
  };
}
