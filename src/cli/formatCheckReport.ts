import type { CheckReport } from "../core/checks/CheckReport";
import { explainNotCheckable } from "../core/checks/explainNotCheckable";
import { RULE_KINDS } from "../core/checks/RuleKind";
import { formatCounts } from "./formatCounts";

/**
 * The report a person reads: counts by rule and severity, then each finding with where it is
 * and why, major first.
 *
 * @param report - the engine's report
 * @returns lines of text
 * @example
 * formatCheckReport(report)[0] //=> "rule            checked  minor  major  not checkable"
 */
export function formatCheckReport(report: CheckReport): ReadonlyArray<string> {
  const lines = formatCounts(report.counts, RULE_KINDS);
  const ordered = [...report.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "major" ? -1 : 1
  );
  lines.push("", `${report.findings.length} finding(s):`);
  for (const f of ordered) {
    lines.push(
      `[${f.severity.toUpperCase()}] ${f.kind} · ${f.edition} · ${f.tableTitle.en} · ${f.label.en} · ${f.period} (${f.where.column})`,
      `    ${f.explanation.en}`
    );
  }
  if (report.notCheckable.length > 0) {
    lines.push("", `${report.notCheckable.length} cell(s) not checkable:`);
    for (const n of report.notCheckable) {
      lines.push(
        `    ${n.edition} ${n.where.table} ${n.where.item} ${n.where.column}: ${explainNotCheckable(n.reason).en}`
      );
    }
  }
  return lines;
}
