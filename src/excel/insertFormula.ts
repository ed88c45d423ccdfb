import { toWorkbookError } from "./errors";
import type { ExcelDeps } from "./ExcelDeps";

/**
 * Puts a formula into the active cell (a leading "=" is added when missing), in one sync.
 *
 * @param deps - the Excel runner
 * @param formula - e.g. `=IIJ.EBITDA("4Q02")`
 */
export async function insertFormula(deps: ExcelDeps, formula: string): Promise<void> {
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  await deps.run(async (context) => {
    context.workbook.getActiveCell().formulas = [[text]];
    try {
      await context.sync();
    } catch (error) {
      throw toWorkbookError(error, "The formula could not be put into the selected cell.");
    }
  });
}
