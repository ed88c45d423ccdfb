import type { ExcelDeps } from "./ExcelDeps";
import type { CheckedSelection } from "./SelectionActions";
import { syncOrExplain } from "./syncOrExplain";

/**
 * The text each of a few cells of a checked selection's sheet shows now, in two syncs (the sheet
 * by its id, then every cell), so a card can tell whether its cells changed since the check.
 * Nothing is written.
 *
 * @param deps - the Excel runner
 * @param checked - the selection as checked (its sheet's id)
 * @param cells - the cells, "D4"
 * @returns each cell's text, or null when the sheet no longer exists
 */
export async function readSelectionCells(
  deps: Pick<ExcelDeps, "run">,
  checked: Pick<CheckedSelection, "sheetId">,
  cells: ReadonlyArray<string>
): Promise<ReadonlyMap<string, string> | null> {
  return deps.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(checked.sheetId).load("name");
    await syncOrExplain(context, "The workbook could not be read.");
    if (sheet.isNullObject) {
      return null;
    }
    const ranges = cells.map((cell) => [cell, sheet.getRange(cell).load("text")] as const);
    await syncOrExplain(context, "The checked cells could not be read.");
    return new Map(ranges.map(([cell, range]) => [cell, String(range.text[0]?.[0] ?? "")]));
  });
}
