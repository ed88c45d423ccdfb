import type { CheckReport } from "../core/checks/CheckReport";
import type { WorkbookPlan } from "../core/layout/WorkbookPlan";

/** Notes and comments the add-in writes start with this, so it removes only its own. */
export const NOTE_PREFIX = "IIJ Statements: ";

/** A note to put on a flagged cell. */
export type FindingNote = {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
};

/**
 * One note per flagged cell (several findings on one cell share it), on the sheet where the plan
 * placed the reported figure, in the finding's edition's language.
 *
 * @param plan - the plan (its placements)
 * @param report - the engine's report
 * @param sheetNames - planned sheet name → the sheet's name in the workbook
 * @returns the notes
 */
export function findingNotes(
  plan: WorkbookPlan,
  report: CheckReport,
  sheetNames: ReadonlyMap<string, string>
): ReadonlyArray<FindingNote> {
  const placed = new Map(
    plan.placements.map((p) => [`${p.edition}|${p.ref.table}|${p.ref.item}|${p.ref.column}`, p])
  );
  const notes = new Map<string, { sheet: string; address: string; lines: string[] }>();
  for (const finding of report.findings) {
    const { table, item, column } = finding.where;
    const placement = placed.get(`${finding.edition}|${table}|${item}|${column}`);
    const sheet = placement === undefined ? undefined : sheetNames.get(placement.sheet);
    if (placement === undefined || sheet === undefined) {
      continue;
    }
    const key = `${sheet}!${placement.address}`;
    const note = notes.get(key) ?? { sheet, address: placement.address, lines: [] };
    note.lines.push(`[${finding.severity}] ${finding.explanation[finding.edition]}`);
    notes.set(key, note);
  }
  return [...notes.values()].map(({ sheet, address, lines }) => ({
    sheet,
    address,
    text: NOTE_PREFIX + lines.join("\n"),
  }));
}
