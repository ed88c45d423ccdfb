import type { CellRef } from "../model/CellRef";

/**
 * One string per cell, for maps.
 *
 * @param ref - the cell
 * @returns `table|item|column`
 * @example
 * cellKey({ table: "balance_sheet", item: "assets.total", column: "jpy_2003-03-31" }) //=> "balance_sheet|assets.total|jpy_2003-03-31"
 */
export function cellKey(ref: CellRef): string {
  return `${ref.table}|${ref.item}|${ref.column}`;
}
