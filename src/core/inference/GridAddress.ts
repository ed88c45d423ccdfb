import { columnLetters } from "../layout/a1";

/** Where a grid's top-left cell sits on its sheet (zero-based), so cells are named as the sheet names them. */
export type GridOrigin = { readonly row: number; readonly column: number };

/** Names grid cells, columns and rows as the sheet does ("C12", "B$30", "column C", "row 30"). */
export type GridAddress = {
  readonly cell: (row: number, column: number, anchorRow?: boolean) => string;
  readonly column: (column: number) => string;
  readonly row: (row: number) => number;
};

/**
 * The A1 names of a grid's cells, for a grid whose top-left cell is `origin` on its sheet.
 *
 * @param origin - the grid's top-left cell on the sheet
 * @returns the namer
 * @example
 * gridAddress({ row: 0, column: 0 }).cell(29, 1, true) //=> "B$30"
 */
export function gridAddress(origin: GridOrigin): GridAddress {
  const column = (c: number): string => columnLetters(c + origin.column);
  const row = (r: number): number => r + origin.row + 1;
  return {
    column,
    row,
    cell: (r, c, anchorRow = false) => `${column(c)}${anchorRow ? "$" : ""}${row(r)}`,
  };
}
