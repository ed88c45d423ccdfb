import { CELL as PRINTED_CELL } from "../model/PrintedColumns";

/** What a cell holds, as the compiled engine reads it: the dataset index's own codes. */
export const CELL = PRINTED_CELL;

/**
 * One edition's figures for the cells of a rule set, in typed arrays: `state[cell]` (CELL),
 * `value[cell]` and `decimals[cell]` where the cell holds a figure. Readings the engine hands
 * out may be shared (the dataset's own, read once per compiled rule set): nothing writes them
 * after they are read.
 */
export type Readings = {
  readonly state: Uint8Array;
  readonly value: Float64Array;
  readonly decimals: Int32Array;
};

/**
 * Readings of `size` cells, every one absent until stored.
 *
 * @param size - how many cells
 * @returns the empty readings
 * @example
 * emptyReadings(3).state //=> new Uint8Array(3)
 */
export function emptyReadings(size: number): Readings {
  return {
    state: new Uint8Array(size),
    value: new Float64Array(size),
    decimals: new Int32Array(size),
  };
}

/**
 * Stores a printed figure in a cell: a number (finite or not) or, for value null, a nil dash.
 *
 * @param readings - where to store it
 * @param cell - the cell's number
 * @param value - the figure's value, null for a nil dash
 * @param decimals - its printed decimals
 * @example
 * storeFigure(emptyReadings(1), 0, 7.2, 1) //=> undefined
 */
export function storeFigure(
  readings: Readings,
  cell: number,
  value: number | null,
  decimals: number
): void {
  if (value === null) {
    readings.state[cell] = CELL.nil;
  } else {
    readings.state[cell] = Number.isFinite(value) ? CELL.figure : CELL.unusable;
    readings.value[cell] = value;
  }
  readings.decimals[cell] = decimals;
}
