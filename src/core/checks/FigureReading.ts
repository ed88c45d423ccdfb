import type { CellRef } from "../model/CellRef";
import type { CellProblem } from "./CellProblem";

/**
 * A figure as the engine reads it from the dataset or from a workbook a user may have edited:
 * a number with its printed decimals (value null for a nil dash), a cell that cannot be read
 * (text, an Excel error, a blank where a figure belongs), or a cell the table does not have.
 */
export type FigureReading =
  | {
      readonly kind: "figure";
      readonly value: number | null;
      readonly decimals: number;
      readonly text: string;
    }
  | { readonly kind: "unreadable"; readonly reason: CellProblem }
  | { readonly kind: "absent" };

/** Reads one cell of one edition's tables. */
export type FigureSource = (ref: CellRef) => FigureReading;
