import type { CellRef } from "../model/CellRef";
import type { Rule } from "../checks/Rule";

/**
 * The cells a rule recomputes its target from, read off the rule itself: a share's numerator and
 * base, a change's current and prior amounts, a footing's or reconciliation's parts, a
 * translation's yen amount, a claim's amounts. An edition rule compares its target with itself in
 * the other edition and reads no other cell.
 *
 * @param rule - a rule from `deriveRules`
 * @returns the cells, in the rule's order
 * @example
 * ruleInputs(shareRule) //=> [shareRule.numerator, shareRule.denominator]
 */
export function ruleInputs(rule: Rule): ReadonlyArray<CellRef> {
  switch (rule.kind) {
    case "share":
      return [rule.numerator, rule.denominator];
    case "change":
      return [rule.current, rule.prior];
    case "footing":
    case "reconciliation":
      return rule.terms.map((t) => t.ref);
    case "translation":
      return [rule.jpy];
    case "edition":
      return [];
    case "claim": {
      const f = rule.claim.formula;
      switch (f.kind) {
        case "change":
          return [f.current, f.base];
        case "share":
          return [f.numerator, f.denominator];
        case "margin":
          return [f.revenue, f.cost];
      }
    }
  }
}
