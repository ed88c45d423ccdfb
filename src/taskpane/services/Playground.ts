/** A playground answer: the value as Excel would show it, or the error Excel would show. */
export type PlaygroundResult =
  | {
      readonly ok: true;
      readonly display: string;
      readonly rows: ReadonlyArray<ReadonlyArray<string>>;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Evaluates one `=IIJ.NAME(arg, …)` formula with the functions' core; no general formulas. A
 * function's error is worded in `language` (the pane's; English when left out, as Excel's cell).
 */
export type Playground = {
  readonly evaluate: (formula: string, language?: "en" | "ja") => PlaygroundResult;
};
