import type { Rule } from "./Rule";

/**
 * Whether a rule checks a percentage (a share, a change or a claim in the prose) rather than an
 * amount: its figure is read, explained and compared in percentage points.
 *
 * @param rule - the rule
 * @returns true for share, change and claim rules
 * @example
 * isPercentRule(shareRule) //=> true
 */
export function isPercentRule(rule: Rule): boolean {
  return rule.kind === "share" || rule.kind === "change" || rule.kind === "claim";
}
