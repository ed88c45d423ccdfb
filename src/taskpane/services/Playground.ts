import type { FormulaProblem } from "../playground/FormulaProblem";
import type { UiLanguage } from "../i18n/Strings";

/** One cell of a playground answer as Excel's General format shows it, and what it holds. */
export type PlaygroundCell = {
  readonly text: string;
  /** Numbers align right, as in a sheet. */
  readonly kind: "number" | "text" | "logical" | "empty";
};

/** Why the playground has no value: the formula, the function's name, or the function's error. */
export type PlaygroundError =
  | { readonly kind: "formula"; readonly problem: FormulaProblem }
  | {
      readonly kind: "unknownFunction";
      readonly name: string;
      readonly names: ReadonlyArray<string>;
    }
  /** The function's own error: Excel's code and the message its registry gave, shown as given. */
  | {
      readonly kind: "function";
      readonly excelError: "#VALUE!" | "#N/A";
      readonly message: string;
    };

/**
 * A playground answer: the value as Excel would spill it (one row of one cell for a scalar), or
 * the error. `readAs` is the formula in Excel's punctuation when the typed one had curly quotes
 * or full-width characters, else null.
 */
export type PlaygroundResult =
  | {
      readonly ok: true;
      readonly rows: ReadonlyArray<ReadonlyArray<PlaygroundCell>>;
      /** The value as plain text, as Excel copies a range: tab between cells, a line per row. */
      readonly display: string;
      readonly readAs: string | null;
    }
  | { readonly ok: false; readonly error: PlaygroundError; readonly readAs: string | null };

/**
 * Evaluates one `=IIJ.NAME(arg, …)` formula with the functions' core; no general formulas. A
 * function's error is worded in `language` (the pane's; English when left out, as Excel's cell).
 */
export type Playground = {
  readonly evaluate: (formula: string, language?: UiLanguage) => PlaygroundResult;
  /**
   * Item names that contain the text typed so far, as labels in the pane's language (never
   * internal ids), at most `limit` of them, best first.
   */
  readonly suggestItems: (
    typed: string,
    language: UiLanguage,
    limit: number
  ) => ReadonlyArray<string>;
};
