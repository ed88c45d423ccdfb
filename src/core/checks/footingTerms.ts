/**
 * A footing's terms, over typed arrays and numbers only (no object of one compilation reaches
 * it, so its optimised code holds from one compilation to the next): row r's children
 * (`TableRows.childStart`/`childRow`/`childSign`) that either edition prints in the column,
 * written as operands from operand k on (scale 1) and marked used.
 *
 * @param childStart - per row, its first child's entry (rows + 1 of them)
 * @param childRow - per entry, the child's row, or −1 for a child the table lacks
 * @param childSign - per entry, 1 or −1
 * @param en - which cells the English edition prints a figure in
 * @param ja - which cells the Japanese edition prints a figure in (or `en` again)
 * @param used - the cells any rule reads, marked here
 * @param operand - the builder's `operand`
 * @param sign - the builder's `sign`
 * @param scale - the builder's `scale`
 * @param r - the footing's row
 * @param top - the column's cell in row 0
 * @param width - the table's number of columns
 * @param k - the first operand to write
 * @returns one past the last operand written
 * @example
 * footingTerms(Int32Array.of(0, 0, 2), Int32Array.of(0, 1), Int8Array.of(1, -1), Uint8Array.of(1, 1, 1), Uint8Array.of(1, 1, 1), new Uint8Array(3), new Int32Array(2), new Int8Array(2), new Float64Array(2), 1, 0, 1, 0) //=> 2
 */
export function footingTerms(
  childStart: Int32Array,
  childRow: Int32Array,
  childSign: Int8Array,
  en: Uint8Array,
  ja: Uint8Array,
  used: Uint8Array,
  operand: Int32Array,
  sign: Int8Array,
  scale: Float64Array,
  r: number,
  top: number,
  width: number,
  k: number
): number {
  let next = k;
  for (let j = childStart[r]; j < childStart[r + 1]; j++) {
    const rr = childRow[j];
    const cell = top + rr * width;
    if (rr >= 0 && (en[cell] !== 0 || ja[cell] !== 0)) {
      used[cell] = 1;
      operand[next] = cell;
      sign[next] = childSign[j];
      scale[next] = 1;
      next += 1;
    }
  }
  return next;
}
