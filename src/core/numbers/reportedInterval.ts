import type { Interval } from "./Interval";
import type { RoundingMode } from "./RoundingMode";

/**
 * The interval a printed figure stands for. Rounded to d decimals, r stands for
 * [r − ½·10⁻ᵈ, r + ½·10⁻ᵈ]; truncated, [r, r + 10⁻ᵈ] for r > 0, [r − 10⁻ᵈ, r] for r < 0 and
 * (−10⁻ᵈ, 10⁻ᵈ) for 0.
 *
 * @param value - the printed value
 * @param decimals - the printed decimals
 * @param mode - how the figure was made from the exact one
 * @returns the interval of exact values that print as `value`
 * @example
 * reportedInterval(7.2, 1, "round") //=> { lo: 7.15, hi: 7.25 }
 */
export function reportedInterval(value: number, decimals: number, mode: RoundingMode): Interval {
  const unit = 10 ** -decimals;
  switch (mode) {
    case "round":
      return { lo: value - unit / 2, hi: value + unit / 2 };
    case "truncate":
      if (value > 0) {
        return { lo: value, hi: value + unit };
      }
      if (value < 0) {
        return { lo: value - unit, hi: value };
      }
      return { lo: -unit, hi: unit };
  }
}
