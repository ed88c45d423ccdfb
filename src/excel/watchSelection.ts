import type { ExcelDeps } from "./ExcelDeps";
import type { CellAddress } from "./WorkbookActions";

/**
 * Calls `listener` with every selection the user makes in the workbook, through Office's
 * selection-changed event of the worksheet collection (ExcelApi 1.9; no polling). The event names
 * the sheet by id, so each one costs one sync to read its name.
 *
 * @param deps - the Excel runner
 * @param listener - called with the sheet's name and the selection's address
 * @returns how to stop listening (removes the handler)
 */
export async function watchSelection(
  deps: ExcelDeps,
  listener: (cell: CellAddress) => void
): Promise<() => Promise<void>> {
  const onChanged = async (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
    const sheet = await deps.run(async (context) => {
      const found = context.workbook.worksheets.getItem(event.worksheetId).load("name");
      await context.sync();
      return found.name;
    });
    listener({ sheet, address: event.address });
  };
  const handler = await deps.run(async (context) => {
    const added = context.workbook.worksheets.onSelectionChanged.add(onChanged);
    await context.sync();
    return added;
  });
  return async () => {
    // Office removes a handler through the request context that added it.
    handler.remove();
    await handler.context.sync();
  };
}
