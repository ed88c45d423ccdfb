import type { GridValue } from "../core/layout/gridSources";
import type { ExcelDeps } from "./ExcelDeps";
import { ownedPlanSheets } from "./ownedPlanSheets";
import { queueCurrentLayout } from "./readCurrentLayout";
import { queueWorkbookState } from "./readWorkbookState";
import { syncOrExplain } from "./syncOrExplain";
import type { CellAddress, FigureAtCell } from "./WorkbookActions";

/** The first cell of an address as Excel reports a selection ("Sheet1!$B$8:$C$9" → "B8"). */
function firstCell(address: string): string {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  return local.split(":")[0].replace(/\$/g, "").toUpperCase();
}

/**
 * Which figure of the add-in's sheets a cell holds now, in two syncs: the load record and the
 * sheet marks, then the tables of that sheet found through their workbook names, rows by their
 * labels and columns by their headers (as the Check locates them), so a figure is found where
 * the user's inserted rows and columns moved it. Also its value now, to show a user's edit.
 *
 * @param deps - the Excel runner and the plan builder
 * @param cell - the cell (a range: its first cell)
 * @returns the figure and its current value, or null for a cell that holds none (a label, a
 * user's sheet, nothing loaded)
 */
export async function figureAtCell(
  deps: ExcelDeps,
  cell: CellAddress
): Promise<FigureAtCell | null> {
  const address = firstCell(cell.address);
  return deps.run(async (context) => {
    const read = queueWorkbookState(context);
    await syncOrExplain(context, "The workbook could not be read.");
    const state = read();
    if (state.record === null || state.owned.length === 0) {
      return null;
    }
    const { edition, tables, mode, highlightMinor } = state.record;
    const plan = deps.buildPlan({ edition, tables: tables ?? undefined, mode, highlightMinor });
    const actual = ownedPlanSheets(plan, state.owned);
    const planned = [...actual].find(
      ([, now]) => now.toLocaleUpperCase() === cell.sheet.toLocaleUpperCase()
    )?.[0];
    if (planned === undefined) {
      return null;
    }
    const readLayout = queueCurrentLayout(
      context,
      plan,
      state.names,
      actual,
      (block) => block.sheet === planned
    );
    await syncOrExplain(context, "The add-in's sheets could not be read.");
    const layout = readLayout();
    const found = layout.plan.placements.find((p) => p.sheet === planned && p.address === address);
    if (found === undefined) {
      return null;
    }
    const value: GridValue = layout.grids.get(planned)?.[found.row]?.[found.column];
    return {
      edition: found.edition,
      where: found.ref,
      sheet: cell.sheet,
      address,
      current: value === undefined ? null : value,
      storage: found.storage,
    };
  });
}
