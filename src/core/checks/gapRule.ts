import type { Severity } from "./Severity";

/**
 * The one float-comparison rule of the engine and of the workbook formulas: a distance counts
 * only when it exceeds a billionth of a unit of the last printed digit, so binary floating point
 * (0.1 + 0.2) never makes a finding, and one unit less that billionth is still one unit.
 */
export const GAP_EPSILON = 1e-9;

/**
 * The verdict on a reported figure, both measured in units of its last printed digit:
 * consistent when its interval meets the recomputed interval (`intervalGapUnits` ≈ 0); else
 * `minor` when the printed value itself is less than one unit from the recomputed interval (a
 * rounding adjustment, such as a % forced to make a column add to 100.0), `major` otherwise.
 * Measuring severity from the printed value means a figure moved by two units is always major.
 *
 * @param intervalGapUnits - gap between the reported figure's interval and the recomputed interval
 * @param distanceUnits - distance from the printed value to the recomputed interval
 * @returns null when consistent, else the severity
 * @example
 * severityOfGap(0.05, 0.55) //=> "minor"
 */
export function severityOfGap(intervalGapUnits: number, distanceUnits: number): Severity | null {
  if (intervalGapUnits <= GAP_EPSILON) {
    return null;
  }
  return distanceUnits < 1 - GAP_EPSILON ? "minor" : "major";
}
