import type { CellReading } from "./CellReading";

/** Rows `top` to `bottom` (exclusive) of a grid: one table. */
export type RowBlock = { readonly top: number; readonly bottom: number };

/** Two blank rows in a row end a table; a single blank row is a spacer inside it. */
const TABLE_GAP = 2;

function isBlankRow(row: ReadonlyArray<CellReading>): boolean {
  return row.every((cell) => cell.kind === "blank");
}

/**
 * Splits a grid's rows into tables: runs of rows separated by two or more blank rows, trimmed of
 * blank rows at either end.
 *
 * @param rows - the grid, read
 * @returns the tables' row ranges, top to bottom
 * @example
 * splitTables([[fig], [blank], [blank], [fig]]) //=> [{ top: 0, bottom: 1 }, { top: 3, bottom: 4 }]
 */
export function splitTables(rows: ReadonlyArray<ReadonlyArray<CellReading>>): RowBlock[] {
  const blocks: RowBlock[] = [];
  let top = -1;
  let lastFilled = -1;
  for (let r = 0; r < rows.length; r++) {
    if (isBlankRow(rows[r])) {
      continue;
    }
    if (top >= 0 && r - lastFilled - 1 >= TABLE_GAP) {
      blocks.push({ top, bottom: lastFilled + 1 });
      top = -1;
    }
    if (top < 0) {
      top = r;
    }
    lastFilled = r;
  }
  if (top >= 0) {
    blocks.push({ top, bottom: lastFilled + 1 });
  }
  return blocks;
}
