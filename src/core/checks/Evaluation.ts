import type { CellRef } from "../model/CellRef";
import type { Interval } from "../numbers/Interval";
import type { NotCheckableReason } from "./NotCheckableReason";
import type { Severity } from "./Severity";

/** A figure an evaluation read: where, as printed (or as typed), and its value. */
export type InputFigure = {
  readonly ref: CellRef;
  readonly text: string;
  readonly value: number;
};

/**
 * What evaluating one rule on one edition gives: nothing (the cell is not in this edition), a
 * cell that cannot be checked and why, or the comparison of the reported figure's interval with
 * the recomputed one.
 */
export type Evaluation =
  | { readonly status: "absent" }
  | { readonly status: "notCheckable"; readonly reason: NotCheckableReason }
  | {
      readonly status: "checked";
      readonly reported: {
        readonly text: string;
        readonly value: number;
        readonly decimals: number;
      };
      readonly reportedInterval: Interval;
      /** The recomputed point value, from the amounts as printed. */
      readonly recomputed: number;
      readonly recomputedInterval: Interval;
      /** The distance from the printed value to the recomputed interval, in units of its last digit. */
      readonly gapUnits: number;
      readonly severity: Severity | null;
      readonly inputs: ReadonlyArray<InputFigure>;
    };
