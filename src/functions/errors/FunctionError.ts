import type { ConversionProblem } from "../../core/numbers/convertAmount";

/** A value a parameter cannot take, as a message names it. */
export type OfferedValue =
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "boolean" }
  | { readonly kind: "unreadable" }
  | { readonly kind: "value"; readonly text: string };

/**
 * Why a function has no answer, as data: a kind and what the message needs. The message
 * catalogue (functionMessages.ts) words each kind in English (Excel's cell) and Japanese (the
 * pane's playground when the pane is Japanese).
 */
export type FunctionError =
  | { readonly kind: "missing"; readonly what: string }
  | { readonly kind: "notText"; readonly what: string; readonly value: OfferedValue }
  | { readonly kind: "notNumber"; readonly what: string; readonly value: OfferedValue }
  | { readonly kind: "severalCells"; readonly what: string }
  | { readonly kind: "tooLong"; readonly what: string; readonly length: number }
  | {
      readonly kind: "argumentCount";
      readonly name: string;
      readonly least: number;
      readonly most: number;
      readonly parameters: string;
      readonly given: number;
    }
  | { readonly kind: "unknownUnit"; readonly text: string }
  | { readonly kind: "unknownEdition"; readonly text: string }
  | { readonly kind: "unknownCheckKind"; readonly text: string }
  | { readonly kind: "conversion"; readonly problem: ConversionProblem }
  /** A lookup's own explanation (unknown item, period, table; no figure), in English only. */
  | { readonly kind: "described"; readonly text: string };
