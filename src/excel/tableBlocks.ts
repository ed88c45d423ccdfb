import { tableName } from "../core/layout/workbookName";
import type { PlacedCell, WorkbookPlan } from "../core/layout/WorkbookPlan";
import { parseReference, type SheetArea } from "./parseReference";

/** A block of placed figures the Check finds as a whole: a table, or the rest of a sheet. */
export type TableBlock = {
  /** The planned sheet. */
  readonly sheet: string;
  /** The workbook name that follows the block through the user's edits; null when it has none. */
  readonly name: string | null;
  /** Where the plan put the block: header lines and figure rows, labels in its first column. */
  readonly planned: SheetArea;
  readonly placements: ReadonlyArray<PlacedCell>;
};

/**
 * The plan's figures grouped by the block that holds them: each table under the workbook name
 * the plan gives it (`IIJ_BALANCE_SHEET`, …), and on a sheet without such names (the claims) one
 * block from its first header line down.
 *
 * @param plan - the plan
 * @returns the blocks, each with its placements
 * @example
 * tableBlocks(plan).find((b) => b.name === "IIJ_BALANCE_SHEET")?.planned.row //=> 2
 */
export function tableBlocks(plan: WorkbookPlan): ReadonlyArray<TableBlock> {
  const areas = new Map<string, SheetArea>();
  for (const { name, refersTo } of plan.names) {
    const area = parseReference(refersTo);
    if (area !== null) {
      areas.set(name.toUpperCase(), area);
    }
  }
  const blocks = new Map<string, TableBlock & { placements: PlacedCell[] }>();
  for (const cell of plan.placements) {
    const name = tableName(cell.ref.table, cell.edition === "ja");
    const area = areas.get(name);
    const named = area !== undefined && area.sheet === cell.sheet;
    const key = named ? name : `sheet:${cell.sheet}`;
    let block = blocks.get(key);
    if (block === undefined) {
      const sheet = plan.sheets.find((s) => s.name === cell.sheet);
      const top = Math.min(...(sheet?.headerRows ?? []), cell.row);
      const planned: SheetArea = named
        ? area
        : {
            sheet: cell.sheet,
            row: top,
            column: 0,
            rows: (sheet?.values.length ?? cell.row + 1) - top,
            columns: sheet?.values[0]?.length ?? cell.column + 1,
          };
      block = { sheet: cell.sheet, name: named ? name : null, planned, placements: [] };
      blocks.set(key, block);
    }
    block.placements.push(cell);
  }
  return [...blocks.values()];
}
