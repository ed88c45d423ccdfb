/**
 * What is wrong with a formula typed into the playground, as data: the pane words it in its own
 * language (strings `functions.problems`). `argument` counts from 1; `name` is without "IIJ.".
 */
export type FormulaProblem =
  /** Not an `=IIJ.NAME(…)` call at all. */
  | { readonly kind: "notACall" }
  /** A cell or range reference (`A1`, `Sheet1!B2`, `FY2002`): the playground has no cells. */
  | {
      readonly kind: "cellReference";
      readonly name: string;
      readonly argument: number;
      readonly reference: string;
    }
  /** Text in single quotes or corner brackets (`‘4Q02’`, `「4Q02」`): Excel's text takes `"`. */
  | {
      readonly kind: "otherQuotes";
      readonly name: string;
      readonly argument: number;
      readonly text: string;
    }
  /** A word without quotes (`4Q02`): text needs double quotes. */
  | {
      readonly kind: "unquotedText";
      readonly name: string;
      readonly argument: number;
      readonly text: string;
    }
  /** Text whose closing double quote is missing. */
  | { readonly kind: "unclosedText"; readonly name: string; readonly argument: number }
  /** Anything else that is not a literal: an operator, a nested call. */
  | { readonly kind: "notALiteral"; readonly name: string; readonly argument: number }
  /** An argument followed by something other than "," or ")". */
  | { readonly kind: "expectedSeparator"; readonly name: string; readonly argument: number }
  /** The text ends before the call's closing parenthesis. */
  | { readonly kind: "unclosedCall"; readonly name: string }
  /** Text after the closing parenthesis. */
  | { readonly kind: "leftover"; readonly text: string };
