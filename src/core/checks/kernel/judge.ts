import { GAP_EPSILON } from "../gapRule";
import { VERDICT, type VerdictCode } from "./Verdict";

/**
 * The verdict on a reported figure `reported` (printed with `unit` = 10⁻ᵈ, standing for
 * ±`halfWidth`) against the recomputed interval [lo, hi]: the scalar form of `severityOfGap`.
 *
 * @param reported - the printed value
 * @param halfWidth - half the reported figure's rounding interval (or its truncation bounds' offset)
 * @param unit - one unit of the last printed digit
 * @param lo - recomputed lower bound
 * @param hi - recomputed upper bound
 * @returns the verdict code
 * @example
 * judge(7.3, 0.05, 0.1, 7.1446, 7.1451) //=> 2
 */
export function judge(
  reported: number,
  halfWidth: number,
  unit: number,
  lo: number,
  hi: number
): VerdictCode {
  const below = lo - reported;
  const above = reported - hi;
  const distance = below > 0 ? below : above > 0 ? above : 0;
  if (distance - halfWidth <= GAP_EPSILON * unit) {
    return VERDICT.consistent;
  }
  return distance < (1 - GAP_EPSILON) * unit ? VERDICT.minor : VERDICT.major;
}
