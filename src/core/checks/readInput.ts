import type { CellRef } from "../model/CellRef";
import type { Interval } from "../numbers/Interval";
import type { RoundingMode } from "../numbers/RoundingMode";
import { amountBounds } from "./amountBounds";
import type { FigureSource } from "./FigureReading";
import type { InputFigure } from "./Evaluation";
import type { NotCheckableReason } from "./NotCheckableReason";

/** An amount read for a computation, or why it cannot be used. */
export type InputReading =
  | { readonly ok: true; readonly figure: InputFigure; readonly interval: Interval }
  | { readonly ok: false; readonly reason: NotCheckableReason };

/**
 * Reads an amount that a rule computes from: a nil dash counts as zero; text, an error or a
 * missing cell make the rule not checkable.
 *
 * @param source - the edition's figures
 * @param ref - the cell
 * @param mode - how amounts were rounded
 * @returns the amount with its interval, or the reason it cannot be used
 * @example
 * readInput(source, ref, "round") //=> { ok: true, figure: { ref, text: "931,399", value: 931399 }, interval: { lo: 931398.5, hi: 931399.5 } }
 */
export function readInput(source: FigureSource, ref: CellRef, mode: RoundingMode): InputReading {
  const reading = source(ref);
  switch (reading.kind) {
    case "absent":
      return { ok: false, reason: { kind: "inputAbsent", ref } };
    case "unreadable":
      return { ok: false, reason: { kind: "inputUnreadable", ref, problem: reading.reason } };
    case "figure":
      if (reading.value !== null && !Number.isFinite(reading.value)) {
        return { ok: false, reason: { kind: "inputNotFinite", ref } };
      }
      return {
        ok: true,
        figure: { ref, text: reading.text, value: reading.value ?? 0 },
        interval: amountBounds(reading.value, reading.decimals, mode),
      };
  }
}
