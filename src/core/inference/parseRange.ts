/** A rectangle of a sheet, zero-based and inclusive. */
export type CellRange = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/** Excel's last row and column. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

/**
 * Reads an A1 range ("A1:K60", "$B$3:$F$40", or one cell) into zero-based bounds.
 *
 * @param text - the range
 * @returns the bounds, or null when it is not a range on a sheet
 * @example
 * parseRange("B3:F40") //=> { top: 2, left: 1, bottom: 39, right: 5 }
 */
export function parseRange(text: string): CellRange | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(
    text.trim()
  );
  if (match === null) {
    return null;
  }
  const [a, b] = [
    { row: Number(match[2]) - 1, column: columnIndex(match[1]) },
    { row: Number(match[4] ?? match[2]) - 1, column: columnIndex(match[3] ?? match[1]) },
  ];
  const range = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
  return range.top < 0 || range.bottom >= MAX_ROWS || range.right >= MAX_COLUMNS ? null : range;
}
