import type { Edition } from "./Edition";

/** What a printed cell holds, as a number (`PrintedColumns.state`). */
export const CELL = {
  absent: 0,
  /** A finite number. */
  figure: 1,
  /** A nil dash: zero, exactly. */
  nil: 2,
  /** Text, an error, a blank or a number that is not finite: only `evaluateRule` says why. */
  unusable: 3,
} as const;

/**
 * Figures of one edition as typed arrays, one entry per cell: `state` (CELL), `value` where the
 * state is a figure or unusable, and the printed `decimals`. The dataset's in-memory form for
 * the engine (`datasetPrinted`), built once per dataset by `buildIndex` so that every check
 * reads arrays instead of figure objects.
 */
export type PrintedColumns = {
  readonly state: Uint8Array;
  readonly value: Float64Array;
  readonly decimals: Int32Array;
};

/**
 * The dataset's printed figures per edition that prints any table: every table in dataset
 * order, table t from cell `Σ rows · columns` of the tables before it, then `row · columns +
 * column` (the rules' cell numbering, `CellSpace`); a table the edition lacks stays absent.
 */
export type DatasetPrinted = { readonly [E in Edition]?: PrintedColumns };
