import { syncOrExplain } from "./syncOrExplain";
import type { ExcelDeps } from "./ExcelDeps";
import type { CheckedSelection } from "./SelectionActions";
import type { CellAddress } from "./WorkbookActions";

/**
 * Selects a cell of a checked selection's sheet (found by its id, so a rename does not lose it).
 *
 * @param deps - the Excel runner
 * @param checked - the selection as checked
 * @param address - the cell, "C12"
 * @returns the cell selected, or null when the sheet no longer exists
 */
export async function goToSelectionCell(
  deps: Pick<ExcelDeps, "run">,
  checked: Pick<CheckedSelection, "sheetId">,
  address: string
): Promise<CellAddress | null> {
  return deps.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(checked.sheetId).load("name");
    await syncOrExplain(context, "The workbook could not be read.");
    if (sheet.isNullObject) {
      return null;
    }
    sheet.activate();
    sheet.getRange(address).select();
    await syncOrExplain(context, `Could not go to ${sheet.name}!${address}.`);
    return { sheet: sheet.name, address };
  });
}
