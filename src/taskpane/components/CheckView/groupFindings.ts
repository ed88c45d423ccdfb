import type { Finding } from "../../../core/checks/Finding";
import type { UiLanguage } from "../../i18n/Strings";
import type { RuleFilter, SeverityFilter } from "./CheckView.types";

/** Findings of one table in one edition, under the table's title. */
export type FindingGroup = {
  readonly key: string;
  readonly edition: Finding["edition"];
  readonly title: string;
  readonly findings: ReadonlyArray<Finding>;
};

/**
 * Filters findings by severity and rule and groups them by edition and table, keeping the
 * engine's order (the order of the release).
 *
 * @param findings - the report's findings
 * @param severity - the severity to keep, or "all"
 * @param rule - the rule to keep, or "all"
 * @param language - the language of the group titles
 * @returns the groups, in first-appearance order
 * @example
 * groupFindings(report.findings, "major", "all", "en")[0].title //=> "Consolidated Statements of Operations (Quarterly)"
 */
export function groupFindings(
  findings: ReadonlyArray<Finding>,
  severity: SeverityFilter,
  rule: RuleFilter,
  language: UiLanguage
): ReadonlyArray<FindingGroup> {
  const groups = new Map<
    string,
    { edition: Finding["edition"]; title: string; findings: Finding[] }
  >();
  for (const f of findings) {
    if ((severity !== "all" && f.severity !== severity) || (rule !== "all" && f.kind !== rule)) {
      continue;
    }
    const key = `${f.edition}|${f.where.table}`;
    const group = groups.get(key);
    if (group === undefined) {
      const title = (language === "ja" ? f.tableTitle.ja : undefined) ?? f.tableTitle.en;
      groups.set(key, { edition: f.edition, title, findings: [f] });
    } else {
      group.findings.push(f);
    }
  }
  return [...groups].map(([key, g]) => ({ key, ...g }));
}
