import type { RoundingMode } from "../numbers/RoundingMode";
import type { CompiledRules } from "./CompiledRules";
import type { Readings } from "./Readings";
import { RULE_KINDS } from "./RuleKind";
import { settleRules } from "./settleRules";

/**
 * Whether `evaluateRule` would find compiled rule `i` checked and consistent on one edition's
 * readings: `settleRules`, the engine's path for the bulk of the figures, asked of one rule.
 * Anything else (a finding, a cell not checkable, a figure absent, an edition rule) answers
 * false, and the engine then builds the full evaluation with `evaluateRule`.
 *
 * @param rules - the compiled rules
 * @param i - the rule's number
 * @param readings - the edition's figures, from `readFigures`
 * @param mode - how amounts were rounded
 * @returns true exactly when `evaluateRule` gives status "checked" with severity null (false for
 *   value-added services' 7.2% of 4Q02 revenues, a finding: the amounts give 7.145%)
 * @example
 * provesConsistent(compileRuleList(index, [shareRule]), 0, readFigures(compileRuleList(index, [shareRule]), source), "round") //=> false
 */
export function provesConsistent(
  rules: CompiledRules,
  i: number,
  readings: Readings,
  mode: RoundingMode
): boolean {
  const checked = new Int32Array(RULE_KINDS.length);
  settleRules(rules, i, i + 1, readings, 0, mode, checked, new Uint8Array(rules.size));
  return checked[rules.kind[i]] === 1;
}
