import { annotationsOf, type AnnotationKind } from "./annotations";
import { isFindingNote, type FindingNote } from "./findingNotes";
import type { ExistingAnnotation } from "./readAnnotations";

/** What placeFindingNotes queued, and the findings' cells it left to the user's own notes. */
export type NotesPlaced = {
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  /** Cells where the user's note or comment stays and the finding is only listed. */
  readonly keptUsers: ReadonlyArray<FindingNote>;
};

const cellKey = (sheet: string, address: string): string =>
  `${sheet.toLocaleUpperCase()}!${address.replace(/\$/g, "").toUpperCase()}`;

/**
 * Queues the notes of a Check against the notes and comments already there: the add-in's own
 * note on a cell still flagged gets the new text, its notes on cells no longer flagged go, a
 * flagged cell without a note gets one, and a cell holding the user's note or comment keeps it
 * untouched (Excel refuses a second annotation on a cell; the finding stays listed on the
 * Checks sheet and in the task pane).
 *
 * @param worksheets - the workbook's worksheets
 * @param kind - the annotation this host writes
 * @param notes - the notes the findings want, on the sheets' current names
 * @param existing - the notes and comments read before
 * @returns counts, and the cells left to the user's annotations
 */
export function placeFindingNotes(
  worksheets: Excel.WorksheetCollection,
  kind: Exclude<AnnotationKind, null>,
  notes: ReadonlyArray<FindingNote>,
  existing: ReadonlyArray<ExistingAnnotation>
): NotesPlaced {
  const wanted = new Map(notes.map((n) => [cellKey(n.sheet, n.address), n]));
  const occupied = new Map<string, ExistingAnnotation>();
  let updated = 0;
  let removed = 0;
  for (const annotation of existing) {
    const key = cellKey(annotation.sheet, annotation.address);
    const ours = isFindingNote(annotation.content);
    const note = wanted.get(key);
    if (ours && note !== undefined && annotation.kind === kind) {
      annotation.item.content = note.text;
      wanted.delete(key);
      updated += 1;
    } else if (ours) {
      annotation.item.delete();
      removed += 1;
    } else {
      occupied.set(key, annotation);
    }
  }
  const keptUsers: FindingNote[] = [];
  let added = 0;
  wanted.forEach((note, key) => {
    if (occupied.has(key)) {
      keptUsers.push(note);
      return;
    }
    const sheet = worksheets.getItem(note.sheet);
    annotationsOf(sheet, kind).add(sheet.getRange(note.address), note.text);
    added += 1;
  });
  return { added, updated, removed, keptUsers };
}
