import type { CellProblem } from "../core/checks/CellProblem";
import { a1 } from "../core/layout/a1";
import { placementKey } from "../core/layout/placementKey";
import type { PlacedCell, WorkbookPlan } from "../core/layout/WorkbookPlan";
import type { Grid } from "./ExcelDeps";
import { locateTable } from "./locateTable";
import { ownerMarkName } from "./ownershipMarks";
import { parseReference, type SheetArea } from "./parseReference";
import type { WorkbookState } from "./readWorkbookState";
import { tableBlocks, type TableBlock } from "./tableBlocks";

/** The plan's figures where the workbook holds them now, and what they hold. */
export type CurrentLayout = {
  /** The plan with every figure found at its cell now; figures not found are left out. */
  readonly plan: WorkbookPlan;
  /** Values at the figures' current cells, per planned sheet name (sparse, anchored at A1). */
  readonly grids: ReadonlyMap<string, Grid>;
  /** Figures not found (their row deleted, their sheet gone): placement key → why. */
  readonly missing: ReadonlyMap<string, CellProblem>;
};

function sameSheet(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/**
 * Where a block is now: its workbook name's area when the name still points at its sheet;
 * otherwise (the claims, or a name the user deleted) the planned area moved as the sheet's mark
 * moved (Excel shifts it with rows and columns inserted above or left of everything), read with
 * as much room again for rows and columns inserted inside.
 */
function currentArea(
  block: TableBlock,
  sheetKey: string,
  sheet: string,
  names: WorkbookState["names"]
): SheetArea {
  const find = (name: string) => {
    const named = names.find((n) => n.name.toUpperCase() === name.toUpperCase());
    return named === undefined ? null : parseReference(named.formula);
  };
  const area = block.name === null ? null : find(block.name);
  if (area !== null && sameSheet(area.sheet, sheet)) {
    return area;
  }
  const mark = find(ownerMarkName(sheetKey));
  const moved = mark !== null && sameSheet(mark.sheet, sheet);
  const { row, column, rows, columns } = block.planned;
  return {
    sheet,
    row: row + (moved ? mark.row : 0),
    column: column + (moved ? mark.column : 0),
    rows: rows * 2,
    columns: columns * 2,
  };
}

/**
 * Queues the reads that find the plan's figures on the sheets as they are now: each table block
 * in the area of its workbook name (which Excel moves and grows with the user's inserted rows
 * and columns, and moves with a cut table), its rows by their labels and its columns by their
 * headers. Returns how to interpret the reads once synced.
 *
 * @param context - the request context
 * @param plan - the plan the workbook was loaded from
 * @param names - the workbook's names as read
 * @param actual - planned sheet name → the sheet's name now
 * @param wanted - which blocks to read (all when omitted)
 * @returns a function to call after the sync
 */
export function queueCurrentLayout(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  names: WorkbookState["names"],
  actual: ReadonlyMap<string, string>,
  wanted: (block: TableBlock) => boolean = () => true
): () => CurrentLayout {
  const reads = tableBlocks(plan)
    .filter(wanted)
    .map((block) => {
      const sheet = actual.get(block.sheet);
      const sheetPlan = plan.sheets.find((s) => s.name === block.sheet);
      if (sheet === undefined || sheetPlan === undefined) {
        return { block, area: null, range: null };
      }
      const area = currentArea(block, sheetPlan.key, sheet, names);
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(area.row, area.column, area.rows, area.columns)
        .load("values");
      return { block, area, range };
    });
  return () => {
    const placements: PlacedCell[] = [];
    const grids = new Map<string, Array<Array<Grid[number][number]>>>();
    const missing = new Map<string, CellProblem>();
    for (const { block, area, range } of reads) {
      const sheetPlan = plan.sheets.find((s) => s.name === block.sheet);
      if (area === null || range === null || sheetPlan === undefined) {
        block.placements.forEach((p) =>
          missing.set(placementKey(p.edition, p.ref), { kind: "sheetGone", sheet: block.sheet })
        );
        continue;
      }
      const found = locateTable(sheetPlan, {
        planned: block.planned,
        current: { row: area.row, column: area.column, values: range.values },
      });
      const grid = grids.get(block.sheet) ?? [];
      grids.set(block.sheet, grid);
      for (const p of block.placements) {
        const row = found.rows.get(p.row);
        const column = found.columns.get(p.column);
        if (row === undefined || column === undefined) {
          const label = String(sheetPlan.values[p.row]?.[block.planned.column] ?? "");
          missing.set(
            placementKey(p.edition, p.ref),
            row === undefined
              ? { kind: "rowGone", sheet: area.sheet, label }
              : { kind: "columnGone", sheet: area.sheet, label, column: p.ref.column }
          );
          continue;
        }
        placements.push({ ...p, row, column, address: a1(row, column) });
        const line = grid[row] ?? [];
        grid[row] = line;
        line[column] = range.values[row - area.row]?.[column - area.column];
      }
    }
    return { plan: { ...plan, placements }, grids, missing };
  };
}
