/**
 * The column letters of a zero-based column index, as Excel names columns.
 *
 * @param column - zero-based column
 * @returns the letters
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(column: number): string {
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
 * The A1 address of a zero-based cell, optionally with `$` anchors.
 *
 * @param row - zero-based row
 * @param column - zero-based column
 * @param absolute - anchor the row and the column
 * @returns the address
 * @example
 * a1(6, 1) //=> "B7"
 */
export function a1(row: number, column: number, absolute = false): string {
  const anchor = absolute ? "$" : "";
  return `${anchor}${columnLetters(column)}${anchor}${row + 1}`;
}

/**
 * A sheet name as a formula writes it: always quoted, quotes doubled.
 *
 * @param sheet - the sheet name
 * @returns the quoted name
 * @example
 * quoteSheet("Balance Sheet") //=> "'Balance Sheet'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

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
  const topLeft = a1(row, column);
  return rows === 1 && columns === 1
    ? topLeft
    : `${topLeft}:${a1(row + rows - 1, column + columns - 1)}`;
}
