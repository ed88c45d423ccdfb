import { placementKey } from "../core/layout/placementKey";
import { WorkbookError } from "./errors";
import { syncOrExplain } from "./syncOrExplain";
import type { ExcelDeps } from "./ExcelDeps";
import { ownedPlanSheets } from "./ownedPlanSheets";
import { queueCurrentLayout } from "./readCurrentLayout";
import { queueWorkbookState } from "./readWorkbookState";
import type { CellAddress, FindingPlace } from "./WorkbookActions";

/**
 * Selects a finding's cell where the workbook holds it now, in three syncs: read the load
 * record and the sheet marks, find the figure's table through its workbook name, its row by its
 * label and its column by its header, then activate the sheet and select the cell. The plan is
 * rebuilt from the load record, so the answer holds for whatever was loaded and after the task
 * pane was closed and reopened.
 *
 * @param deps - the Excel runner and the plan builder
 * @param finding - the finding's edition and cell
 * @returns the cell selected, or null when the workbook does not hold the figure (not loaded
 * with it, its row deleted, its sheet gone)
 */
export async function goToFinding(
  deps: ExcelDeps,
  finding: FindingPlace
): Promise<CellAddress | null> {
  return deps.run(async (context) => {
    const read = queueWorkbookState(context);
    await syncOrExplain(context, "The workbook could not be read.");
    const state = read();
    if (state.record === null || state.owned.length === 0) {
      throw new WorkbookError("notLoaded", "No sheet of the add-in was found.");
    }
    const { edition, tables, mode, highlightMinor } = state.record;
    const plan = deps.buildPlan({ edition, tables: tables ?? undefined, mode, highlightMinor });
    const actual = ownedPlanSheets(plan, state.owned);
    const key = placementKey(finding.edition, finding.where);
    const readLayout = queueCurrentLayout(context, plan, state.names, actual, (block) =>
      block.placements.some((p) => placementKey(p.edition, p.ref) === key)
    );
    await syncOrExplain(context, "The add-in's sheets could not be read.");
    const cell = readLayout().plan.placements.find((p) => placementKey(p.edition, p.ref) === key);
    const sheetName = cell === undefined ? undefined : actual.get(cell.sheet);
    if (cell === undefined || sheetName === undefined) {
      return null;
    }
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell.address).select();
    await syncOrExplain(context, `Could not go to ${sheetName}!${cell.address}.`);
    return { sheet: sheetName, address: cell.address };
  });
}
