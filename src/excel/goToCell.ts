import { toWorkbookError } from "./errors";
import type { ExcelDeps } from "./ExcelDeps";
import type { CellAddress } from "./WorkbookActions";

/**
 * Activates the sheet and selects the cell, in one sync.
 *
 * @param deps - the Excel runner
 * @param cell - sheet name and A1 address
 */
export async function goToCell(deps: ExcelDeps, cell: CellAddress): Promise<void> {
  await deps.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(cell.sheet);
    sheet.activate();
    sheet.getRange(cell.address).select();
    try {
      await context.sync();
    } catch (error) {
      throw toWorkbookError(error, `Could not go to ${cell.sheet}!${cell.address}.`);
    }
  });
}
