import type { CheckReport } from "../checks/CheckReport";
import type { Edition } from "../model/Edition";
import type { RoundingMode } from "../numbers/RoundingMode";
import { a1, quoteSheet } from "./a1";
import type { PlacementLookup } from "./formula/ruleFormula";
import { numberFormatFor } from "./numberFormatFor";
import { addRow, type SheetDraft } from "./SheetDraft";

const HEADERS = [
  "Severity",
  "Rule",
  "Edition",
  "Cell",
  "Item",
  "Period",
  "Reported",
  "Recomputed",
  "Explanation",
];

const LINK_COLUMN = 3;

/**
 * Lays out the Checks sheet: every finding of the engine, most severe first, with a link to
 * the cell it is about, the item, period, the reported and the recomputed figure, and the
 * explanation in the finding's edition's language.
 *
 * @param draft - the (empty) Checks sheet
 * @param report - the engine's report over the figures laid out
 * @param find - where each edition's cells were placed
 * @param mode - the rounding mode the report used
 * @returns nothing; the draft is filled
 * @example
 * layoutChecks(draft, report, find, "round")
 */
export function layoutChecks(
  draft: SheetDraft,
  report: CheckReport,
  find: PlacementLookup,
  mode: RoundingMode
): void {
  const major = report.findings.filter((f) => f.severity === "major").length;
  const minor = report.findings.length - major;
  addRow(draft, ["Checks"]);
  addRow(draft, [
    `Findings: ${report.findings.length} (major ${major}, minor ${minor}); not checkable: ${report.notCheckable.length}; amounts ${mode === "round" ? "rounded" : "truncated"}.`,
  ]);
  const header = addRow(draft, HEADERS);
  draft.headerRows.push(header);
  draft.freeze = { rows: header + 1, columns: 1 };
  const ordered = [...report.findings].sort((x, y) =>
    x.severity === y.severity ? 0 : x.severity === "major" ? -1 : 1
  );
  for (const finding of ordered) {
    const edition: Edition = finding.edition;
    const cell = find(edition, finding.where);
    const row = draft.values.length;
    const where = cell === undefined ? "" : `${cell.sheet}!${cell.address}`;
    if (cell !== undefined) {
      draft.links.push({
        address: a1(row, LINK_COLUMN),
        target: `${quoteSheet(cell.sheet)}!${cell.address}`,
        text: where,
      });
    }
    const percent = cell === undefined ? finding.kind === "claim" : cell.storage === "percent";
    const scale = percent ? 100 : 1;
    const unit = percent ? "percent" : "JPY";
    const d = finding.reported.decimals;
    addRow(
      draft,
      [
        finding.severity,
        finding.kind,
        edition,
        where,
        edition === "ja" ? (finding.label.ja ?? finding.label.en) : finding.label.en,
        finding.period,
        finding.reported.value / scale,
        finding.recomputed / scale,
        finding.explanation[edition],
      ],
      [
        "General",
        "General",
        "General",
        "General",
        "General",
        "General",
        numberFormatFor(unit, d, false),
        numberFormatFor(unit, d + 2, false),
        "General",
      ]
    );
  }
}
