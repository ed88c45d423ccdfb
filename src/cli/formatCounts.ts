import type { RuleCounts } from "../core/checks/CheckReport";
import type { RuleKind } from "../core/checks/RuleKind";

/**
 * The counts table of a check report: a header, then one line per rule kind.
 *
 * @param counts - counts per rule kind
 * @param kinds - the kinds to list, in order
 * @returns lines of text
 * @example
 * formatCounts(report.counts, ["share"])[1] //=> "share               428     43      5              0"
 */
export function formatCounts(
  counts: Readonly<Record<RuleKind, RuleCounts>>,
  kinds: ReadonlyArray<RuleKind>
): string[] {
  return [
    "rule            checked  minor  major  not checkable",
    ...kinds.map((kind) => {
      const c = counts[kind];
      return `${kind.padEnd(15)} ${String(c.checked).padStart(7)} ${String(c.minor).padStart(6)} ${String(c.major).padStart(6)} ${String(c.notCheckable).padStart(14)}`;
    }),
  ];
}
