/**
 * Why a cell holds no figure the engine can read, as data a reader words in its own language
 * (`explainCellProblem`): blank, text, TRUE/FALSE, an Excel error, a number that is not finite,
 * or a figure whose sheet, row or column is no longer where the add-in wrote it. `cell` names
 * the cell as the sheet does ("Income Statement!C12", "C7") where the reader knows it.
 */
export type CellProblem =
  | { readonly kind: "blank"; readonly cell?: string }
  | { readonly kind: "text"; readonly text: string; readonly cell?: string }
  | { readonly kind: "boolean"; readonly value: boolean; readonly cell?: string }
  | { readonly kind: "error"; readonly error: string; readonly cell?: string }
  | { readonly kind: "notFinite"; readonly cell?: string }
  | { readonly kind: "sheetGone"; readonly sheet: string }
  | { readonly kind: "rowGone"; readonly sheet: string; readonly label: string }
  | {
      readonly kind: "columnGone";
      readonly sheet: string;
      readonly label: string;
      /** The column's id in the dataset (a period, such as 4Q02). */
      readonly column: string;
    };
