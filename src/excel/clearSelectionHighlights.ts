import { clearSelectionRules } from "./clearSelectionRules";
import { toWorkbookError } from "./errors";
import type { ExcelDeps } from "./ExcelDeps";
import { readSelectionRecord } from "./readSelectionRecord";
import type { ClearResult } from "./WorkbookActions";

/**
 * Removes every rule "Highlight in this sheet" wrote, on whatever sheet, and nothing else (see
 * `clearSelectionRules`): the selection view's own Clear.
 *
 * @param deps - the Excel runner and request budget
 * @returns how many rules were removed, and the sheets not fully cleared
 */
export async function clearSelectionHighlights(
  deps: Pick<ExcelDeps, "run" | "requestBudget">
): Promise<ClearResult> {
  return deps.run(async (context) => {
    try {
      const record = await readSelectionRecord(context);
      return await clearSelectionRules(context, record, deps.requestBudget);
    } catch (error) {
      throw toWorkbookError(error, "The selection highlights could not be removed.");
    }
  });
}
