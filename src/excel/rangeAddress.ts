/**
 * The A1 address of a zero-based rectangle (a single cell when it is 1×1).
 *
 * @param row - zero-based top row
 * @param column - zero-based left column
 * @param rows - height, at least 1
 * @param columns - width, at least 1
 * @returns the address, e.g. "B3:D7"
 * @example
 * rangeAddress(2, 1, 5, 3) //=> "B3:D7"
 */
export function rangeAddress(row: number, column: number, rows = 1, columns = 1): string {
  const topLeft = `${columnName(column)}${row + 1}`;
  return rows === 1 && columns === 1
    ? topLeft
    : `${topLeft}:${columnName(column + columns - 1)}${row + rows}`;
}

/**
 * Excel's letters for a zero-based column.
 *
 * @param column - zero-based column
 * @returns the letters
 * @example
 * columnName(27) //=> "AB"
 */
export function columnName(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The zero-based row and column of an A1 cell address ("$" anchors allowed); null when it is
 * not one cell.
 *
 * @param address - e.g. "B7" or "$B$7"
 * @returns the position
 * @example
 * cellPosition("B7") //=> { row: 6, column: 1 }
 */
export function cellPosition(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/.exec(address.toUpperCase());
  if (match === null) {
    return null;
  }
  let column = 0;
  for (const letter of match[1]) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return { row: Number(match[2]) - 1, column: column - 1 };
}
