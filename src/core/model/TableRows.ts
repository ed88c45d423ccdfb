/** What a row is, as bits (`TableRows.flags`). */
export const ROW = { heading: 1, unchecked: 2, ownBase: 4, children: 8, ownUnit: 16 } as const;

/**
 * A table's rows as typed arrays, in row order, so that the engine's loops over rows read no row
 * objects: each row's ROW bits, and a subtotal's children as row positions and signs (children
 * of row r at `childStart[r]` up to `childStart[r + 1]`; −1 for a child the table lacks).
 */
export type TableRows = {
  readonly flags: Uint8Array;
  readonly childStart: Int32Array;
  readonly childRow: Int32Array;
  readonly childSign: Int8Array;
};
