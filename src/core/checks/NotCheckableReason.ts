import type { CellRef } from "../model/CellRef";
import type { Edition } from "../model/Edition";
import type { CellProblem } from "./CellProblem";

/**
 * Why the engine could not check a cell, as data a reader words in its own language
 * (`explainNotCheckable`): the reported figure unreadable, not finite or a nil dash where a
 * percentage belongs; an input missing, unreadable or not finite; a denominator that may be
 * zero; a result too large; or one edition's figure unreadable where the editions are compared.
 */
export type NotCheckableReason =
  | { readonly kind: "reportedUnreadable"; readonly problem: CellProblem }
  | { readonly kind: "reportedNotFinite" }
  | { readonly kind: "reportedNil" }
  | { readonly kind: "inputAbsent"; readonly ref: CellRef }
  | { readonly kind: "inputUnreadable"; readonly ref: CellRef; readonly problem: CellProblem }
  | { readonly kind: "inputNotFinite"; readonly ref: CellRef }
  | { readonly kind: "zeroDenominator" }
  | { readonly kind: "overflow" }
  | {
      readonly kind: "editionUnreadable";
      readonly edition: Edition;
      readonly problem: CellProblem;
    };
