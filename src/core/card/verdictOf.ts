import type { Rule } from "../checks/Rule";
import type { Edition } from "../model/Edition";
import type { CardContext } from "./CardContext";
import type { RuleVerdict } from "./RuleVerdict";

/**
 * The engine's verdict on one rule in one edition, as the check reported it: a finding's
 * severity, not checkable, or consistent when it ran and found nothing. The two editions' rule is
 * reported once, on the Japanese cell, and is the same verdict from either side.
 *
 * @param context - the indexed check
 * @param rule - the rule
 * @param edition - the edition
 * @returns the verdict, or undefined when the check did not run the rule in that edition
 * @example
 * verdictOf(cardContext, shareRule, "en") //=> "minor"
 */
export function verdictOf(
  context: CardContext,
  rule: Rule,
  edition: Edition
): RuleVerdict | undefined {
  const checked = rule.kind === "edition" ? "ja" : edition;
  const ran =
    rule.kind === "edition"
      ? context.sources.en !== undefined && context.sources.ja !== undefined
      : rule.editions.includes(edition) && context.sources[edition] !== undefined;
  if (!ran) {
    return undefined;
  }
  return context.verdicts.get(`${rule.id}|${checked}`) ?? "consistent";
}
