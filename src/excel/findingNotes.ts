import type { CheckReport } from "../core/checks/CheckReport";
import { placementLookup } from "../core/layout/placementKey";
import type { WorkbookPlan } from "../core/layout/WorkbookPlan";

/** Notes and comments the add-in writes start with this, so it removes only its own. */
export const NOTE_PREFIX = "IIJ Statements: ";

/**
 * Whether a note's or comment's text is one the add-in wrote (and may remove).
 *
 * @param content - the annotation's text
 * @returns true for the add-in's own
 * @example
 * isFindingNote("IIJ Statements: [major] 7.3% …") //=> true
 */
export function isFindingNote(content: unknown): boolean {
  return String(content).startsWith(NOTE_PREFIX);
}

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
  const placed = placementLookup(plan.placements);
  const notes = new Map<string, { sheet: string; address: string; lines: string[] }>();
  for (const finding of report.findings) {
    const placement = placed(finding.edition, finding.where);
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
