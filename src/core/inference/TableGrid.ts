import type { Edition } from "../model/Edition";
import type { CellReading } from "./CellReading";

/** A column's figures are amounts, or percentages (by its header, a `%` sign, or decimals). */
export type ColumnRole = "amount" | "percent";

/**
 * One figure column of a table, ready for scoring: per data row, amounts as integers in units of
 * the column's last printed digit (a nil dash is 0) or percentages as printed; NaN where the cell
 * holds no figure.
 */
export type GridColumn = {
  /** The grid column. */
  readonly index: number;
  /** The header lines above it, joined ("Mar 31, 2003 JPY"). */
  readonly header: string;
  readonly role: ColumnRole;
  /** Said to be percentages by its header, a `%` sign or a percent format (not only by decimals). */
  readonly hinted: boolean;
  /** The most decimals any amount of the column prints: amounts are scaled by 10^decimals. */
  readonly decimals: number;
  readonly values: Float64Array;
  /** Per data row, the printed decimals of a percentage. */
  readonly digits: Uint8Array;
};

/** A table found in a grid: its data rows, their labels and its figure columns. */
export type TableGrid = {
  /** "T1", "T2", … in the order the tables appear. */
  readonly id: string;
  /** The language of its labels, which the explanations follow. */
  readonly edition: Edition;
  readonly top: number;
  readonly bottom: number;
  /** Grid rows holding figures, top to bottom. */
  readonly rows: ReadonlyArray<number>;
  /** Each data row's label (the text left of its first figure). */
  readonly labels: ReadonlyArray<string>;
  readonly columns: ReadonlyArray<GridColumn>;
  /** The reading of any grid cell. */
  readonly cell: (row: number, column: number) => CellReading;
};
