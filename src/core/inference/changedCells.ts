import type { GridOrigin } from "./GridAddress";
import type { Grid } from "./GridCell";
import { gridCellAt } from "./gridCellAt";

/**
 * The cells whose text now differs from what a check read: an edit, or rows or columns inserted
 * or deleted that moved other cells under the same addresses. A card whose cells changed is
 * stale: its relations and verdicts are those of the cells as they were.
 *
 * @param grid - the grid as the check read it
 * @param origin - where the grid's top-left cell is on its sheet
 * @param current - the text each cell ("D4") shows now
 * @returns the cells that changed, in the order given
 * @example
 * changedCells([[{ text: "931,399" }]], { row: 0, column: 0 }, new Map([["A1", "931,400"]])) //=> ["A1"]
 */
export function changedCells(
  grid: Grid,
  origin: GridOrigin,
  current: ReadonlyMap<string, string>
): ReadonlyArray<string> {
  const changed: string[] = [];
  for (const [address, text] of current) {
    const at = gridCellAt(grid, origin, address);
    const before = at === null ? "" : (grid[at.row]?.[at.column]?.text ?? "");
    if (at === null || before !== text) {
      changed.push(address);
    }
  }
  return changed;
}
