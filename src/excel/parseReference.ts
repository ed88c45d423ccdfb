/** A rectangle on a named sheet, zero-based, as a workbook name refers to it. */
export type SheetArea = {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
};

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) {
    n = n * 26 + (letter.charCodeAt(0) - 64);
  }
  return n - 1;
}

/**
 * Reads a reference to one cell or rectangle on one sheet, as Excel writes it in a name's
 * formula or a range's address (quoted or bare sheet, `$` anchors or none, "=" or none).
 *
 * @param reference - e.g. "='Balance Sheet'!$A$5:$J$40"
 * @returns the area, or null for anything else (#REF!, several areas, a constant)
 * @example
 * parseReference("='Balance Sheet'!$A$5:$J$40") //=> { sheet: "Balance Sheet", row: 4, column: 0, rows: 36, columns: 10 }
 */
export function parseReference(reference: string): SheetArea | null {
  const match =
    /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
      reference.trim()
    );
  if (match === null) {
    return null;
  }
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2];
  const top = Number(match[4]) - 1;
  const left = columnIndex(match[3]);
  const bottom = match[6] === undefined ? top : Number(match[6]) - 1;
  const right = match[5] === undefined ? left : columnIndex(match[5]);
  return {
    sheet,
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}
