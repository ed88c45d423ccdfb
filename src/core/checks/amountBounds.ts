import type { Interval } from "../numbers/Interval";
import { reportedInterval } from "../numbers/reportedInterval";
import type { RoundingMode } from "../numbers/RoundingMode";

/**
 * The interval an amount stands for; a nil dash is exactly zero (nothing was there to round).
 *
 * @param value - the amount, null for nil
 * @param decimals - its printed decimals
 * @param mode - round (±½ unit) or truncate
 * @returns the amount's interval
 * @example
 * amountBounds(7887, 0, "round") //=> { lo: 7886.5, hi: 7887.5 }
 */
export function amountBounds(value: number | null, decimals: number, mode: RoundingMode): Interval {
  return value === null ? { lo: 0, hi: 0 } : reportedInterval(value, decimals, mode);
}
