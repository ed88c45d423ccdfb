import type { Finding } from "../../../core/checks/Finding";
import type { Edition } from "../../../core/model/Edition";
import type { UiLanguage } from "../../i18n/Strings";
import type { CheckFilters } from "./CheckFilters";

/**
 * One entry of the list: a finding, and every edition it was flagged in identically (same rule,
 * figure, printed value and severity), so a figure wrong alike in both editions is listed once.
 */
export type FindingEntry = {
  readonly key: string;
  readonly finding: Finding;
  readonly editions: ReadonlyArray<Edition>;
};

/** The entries of one table, major first, with how many of them are major and minor. */
export type FindingGroup = {
  readonly key: string;
  readonly title: string;
  readonly entries: ReadonlyArray<FindingEntry>;
  readonly major: number;
  readonly minor: number;
};

const titleOf = (f: Finding, language: UiLanguage): string =>
  (language === "ja" ? f.tableTitle.ja : undefined) ?? f.tableTitle.en;

/**
 * Merges findings flagged identically in both editions into one entry, filters them by severity,
 * rule, table and edition, and groups them by table: groups with major findings first, and
 * inside each group major entries first (otherwise the release's order).
 *
 * @param findings - the report's findings
 * @param filters - what to keep
 * @param language - the language of the group titles
 * @returns the groups
 * @example
 * const groups = groupFindings(report.findings, ALL_FINDINGS, "en");
 */
export function groupFindings(
  findings: ReadonlyArray<Finding>,
  filters: CheckFilters,
  language: UiLanguage
): ReadonlyArray<FindingGroup> {
  const entries = new Map<string, { finding: Finding; editions: Edition[] }>();
  for (const f of findings) {
    const key = `${f.ruleId}|${f.reported.text}|${f.severity}`;
    const same = entries.get(key);
    if (same === undefined) {
      entries.set(key, { finding: f, editions: [f.edition] });
    } else {
      same.editions.push(f.edition);
    }
  }
  const groups = new Map<string, { title: string; entries: FindingEntry[] }>();
  for (const [key, e] of entries) {
    const f = e.finding;
    if (
      (filters.severity !== "all" && f.severity !== filters.severity) ||
      (filters.rule !== "all" && f.kind !== filters.rule) ||
      (filters.table !== "all" && f.where.table !== filters.table) ||
      (filters.edition !== "all" && !e.editions.includes(filters.edition))
    ) {
      continue;
    }
    const group = groups.get(f.where.table) ?? { title: titleOf(f, language), entries: [] };
    group.entries.push({ key, ...e });
    groups.set(f.where.table, group);
  }
  const rank = (e: FindingEntry): number => (e.finding.severity === "major" ? 0 : 1);
  return [...groups]
    .map(([key, g]) => {
      const sorted = [...g.entries].sort((a, b) => rank(a) - rank(b));
      const major = sorted.filter((e) => e.finding.severity === "major").length;
      return { key, title: g.title, entries: sorted, major, minor: sorted.length - major };
    })
    .sort((a, b) => (b.major > 0 ? 1 : 0) - (a.major > 0 ? 1 : 0));
}

/**
 * The tables that have findings, in the report's order, for the table filter.
 *
 * @param findings - the report's findings
 * @param language - the language of the titles
 * @returns each table's id and title
 * @example
 * tablesWithFindings(report.findings, "en")[0] //=> { id: "operations_quarterly", title: "…" }
 */
export function tablesWithFindings(
  findings: ReadonlyArray<Finding>,
  language: UiLanguage
): ReadonlyArray<{ readonly id: string; readonly title: string }> {
  const tables = new Map<string, string>();
  for (const f of findings) {
    if (!tables.has(f.where.table)) {
      tables.set(f.where.table, titleOf(f, language));
    }
  }
  return [...tables].map(([id, title]) => ({ id, title }));
}
