import { rangeAddress } from "../core/layout/a1";

/**
 * The rows given, across `columns` columns, as one multi-area address for `getRanges`: adjacent
 * rows are merged into one area unless `separate` asks for one area per row (a top border must
 * be drawn on every total, not only on the first of two adjacent ones).
 *
 * @param rows - zero-based rows, any order, duplicates ignored
 * @param columns - how many columns from A the areas span
 * @param separate - one area per row
 * @returns the areas joined by commas ("" when there are no rows)
 * @example
 * rowAreas([4, 2, 3, 9], 3, false) //=> "A3:C5,A10:C10"
 */
export function rowAreas(rows: ReadonlyArray<number>, columns: number, separate: boolean): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const areas: string[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (!separate && end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) {
      end += 1;
    }
    areas.push(rangeAddress(sorted[start], 0, sorted[end] - sorted[start] + 1, columns));
    start = end + 1;
  }
  return areas.join(",");
}
