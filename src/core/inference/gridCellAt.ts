import type { GridOrigin } from "./GridAddress";
import type { Grid } from "./GridCell";
import { parseRange } from "./parseRange";

/**
 * Which cell of a grid an address on its sheet names: the first cell of a selection as Excel
 * reports it ("Sheet1!$D$4:$E$5" → its D4), in zero-based grid coordinates.
 *
 * @param grid - the grid as read
 * @param origin - where the grid's top-left cell is on its sheet
 * @param address - the selection's address, with or without its sheet
 * @returns the grid cell, or null for an address outside the grid or not a range
 * @example
 * gridCellAt([[null, null], [null, null]], { row: 2, column: 1 }, "Sheet1!$C$4") //=> { row: 1, column: 1 }
 */
export function gridCellAt(
  grid: Grid,
  origin: GridOrigin,
  address: string
): { readonly row: number; readonly column: number } | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const range = parseRange(local);
  if (range === null) {
    return null;
  }
  const row = range.top - origin.row;
  const column = range.left - origin.column;
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return row < 0 || column < 0 || row >= grid.length || column >= width ? null : { row, column };
}
