import type { GridCheck } from "../core/inference/checkGrid";
import { formatCounts } from "./formatCounts";

const KINDS = ["share", "change", "footing"] as const;

/**
 * The report of `check --table` a person reads: the tables found, with `explain` each relation
 * inferred and each part not understood, counts per rule, then each finding with its cell and why,
 * major first.
 *
 * @param check - what checking the grid gave
 * @param explain - also list the relations and the parts not understood
 * @returns lines of text
 * @example
 * formatTableReport(check, false)[0] //=> "1 table(s): T1 rows 1:40 (en)"
 */
export function formatTableReport(check: GridCheck, explain: boolean): ReadonlyArray<string> {
  const lines = [
    `${check.tables.length} table(s)${check.tables.length === 0 ? "" : ": "}${check.tables
      .map((t) => `${t.id} rows ${t.rows} (${t.edition})`)
      .join(", ")}`,
  ];
  if (explain) {
    lines.push("", `${check.relations.length} relation(s) inferred:`);
    lines.push(...check.relations.map((r) => `    ${r.table} ${r.words}`));
    lines.push("", `${check.unread.length} part(s) not understood:`);
    lines.push(...check.unread.map((u) => `    ${u.table} ${u.words}`));
  }
  lines.push("", ...formatCounts(check.counts, KINDS));
  const ordered = [...check.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "major" ? -1 : 1
  );
  lines.push("", `${check.findings.length} finding(s):`);
  for (const f of ordered) {
    lines.push(
      `[${f.severity.toUpperCase()}] ${f.kind} ${f.cell} · ${f.label.en || "(no label)"} · ${f.period}`,
      `    ${f.edition === "ja" ? f.explanation.ja : f.explanation.en}`
    );
  }
  return lines;
}
