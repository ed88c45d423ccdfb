import type { Unit } from "../model/Unit";

const YEN_PER_UNIT: Partial<Record<Unit, number>> = {
  JPY: 1,
  "JPY thousands": 1_000,
  "JPY millions": 1_000_000,
};

/**
 * The factor that turns an amount in `from` into an amount in `to`, for units of the same
 * currency (JPY, JPY thousands, JPY millions), or null: a conversion never silently mixes units,
 * and yen become dollars only through the convenience translation.
 *
 * @param from - the amount's unit
 * @param to - the wanted unit
 * @returns the multiplier, or null when the units cannot be converted into each other
 * @example
 * unitScale("JPY millions", "JPY thousands") //=> 1000
 */
export function unitScale(from: Unit, to: Unit): number | null {
  if (from === to) {
    return 1;
  }
  const a = YEN_PER_UNIT[from];
  const b = YEN_PER_UNIT[to];
  return a === undefined || b === undefined ? null : a / b;
}
