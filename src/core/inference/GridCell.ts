/**
 * One cell as the user has it: the text as displayed, and where known (a workbook, not a CSV)
 * the stored number and its number format, so a stored 0.072 shown as `0.0%` reads as 7.2%.
 */
export type GridCell = {
  readonly text: string;
  readonly number?: number;
  readonly format?: string;
};

/** A rectangle of cells, row by row; `null` or a missing entry is an empty cell. */
export type Grid = ReadonlyArray<ReadonlyArray<GridCell | null | undefined>>;
