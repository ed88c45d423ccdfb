import type { GridAddress } from "./GridAddress";

/**
 * A list of grid rows by their sheet numbers: a run of three or more as "3–10", else "3, 5".
 *
 * @param rows - grid rows, top to bottom
 * @param at - names rows as the sheet does
 * @returns the list
 * @example
 * rowList([2, 3, 4], { cell: String, column: String, row: (r) => r + 1 }) //=> "3–5"
 */
export function rowList(rows: ReadonlyArray<number>, at: GridAddress): string {
  const numbers = rows.map(at.row);
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  return contiguous && numbers.length > 2
    ? `${numbers[0]}–${numbers[numbers.length - 1]}`
    : numbers.join(", ");
}
