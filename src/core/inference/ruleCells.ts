import type { CellRef } from "../model/CellRef";
import type { CellRule } from "./relationRule";

/**
 * The cells an inferred rule reads, in the engine's order: the reported cell first, then its
 * inputs (a share's numerator and base, a change's current and prior, a footing's terms).
 *
 * @param rule - the engine's rule of one covered cell
 * @returns its target, then its operands
 * @example
 * ruleCells(relationRule(share, 0, at).rule).map((r) => r.item) // ["2", "2", "29"]
 */
export function ruleCells(rule: CellRule["rule"]): ReadonlyArray<CellRef> {
  switch (rule.kind) {
    case "share":
      return [rule.target, rule.numerator, rule.denominator];
    case "change":
      return [rule.target, rule.current, rule.prior];
    case "footing":
      return [rule.target, ...rule.terms.map((t) => t.ref)];
  }
}
