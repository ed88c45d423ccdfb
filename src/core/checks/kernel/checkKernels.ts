import { judge } from "./judge";
import { ratioBounds } from "./ratioBounds";
import { VERDICT, type VerdictCode } from "./Verdict";

const scratch = new Float64Array(2);

/**
 * Half a unit either side of an amount printed to whole units (round mode); the engine's
 * truncate mode goes through `evaluateRule`.
 */
const HALF = 0.5;

/** One unit of the last printed digit for 0–6 decimals; a table lookup is cheaper than a power. */
const UNITS = Float64Array.of(1, 0.1, 0.01, 0.001, 1e-4, 1e-5, 1e-6);

function unitOf(decimals: number): number {
  return decimals < UNITS.length ? UNITS[decimals] : 10 ** -decimals;
}

/**
 * A share check without allocation: reported percentage `reported` with `decimals` against
 * 100 · part ÷ whole, part and whole printed to whole units and rounded.
 *
 * @param reported - the printed percentage
 * @param decimals - its printed decimals
 * @param part - the item's amount
 * @param whole - the base's amount
 * @returns the verdict code
 * @example
 * shareVerdict(7.3, 1, 931399, 13036439) //=> 2
 */
export function shareVerdict(
  reported: number,
  decimals: number,
  part: number,
  whole: number
): VerdictCode {
  const unit = unitOf(decimals);
  // The point value lies inside the recomputed interval: when it is also inside the reported
  // figure's interval the two meet, and most figures are settled with one division.
  if (Math.abs(reported - (100 * part) / whole) <= unit / 2) {
    return VERDICT.consistent;
  }
  if (!ratioBounds(part - HALF, part + HALF, whole - HALF, whole + HALF, scratch)) {
    return VERDICT.notCheckable;
  }
  return judge(reported, unit / 2, unit, 100 * scratch[0], 100 * scratch[1]);
}

/**
 * A change check without allocation: 100 · (current ÷ prior − 1) against the reported figure.
 *
 * @param reported - the printed percentage
 * @param decimals - its printed decimals
 * @param current - the current period's amount
 * @param prior - the prior period's amount
 * @returns the verdict code
 * @example
 * changeVerdict(-339.9, 1, -446432, 186096) //=> 0
 */
export function changeVerdict(
  reported: number,
  decimals: number,
  current: number,
  prior: number
): VerdictCode {
  const unit = unitOf(decimals);
  if (Math.abs(reported - 100 * (current / prior - 1)) <= unit / 2) {
    return VERDICT.consistent;
  }
  if (!ratioBounds(current - HALF, current + HALF, prior - HALF, prior + HALF, scratch)) {
    return VERDICT.notCheckable;
  }
  return judge(reported, unit / 2, unit, 100 * (scratch[0] - 1), 100 * (scratch[1] - 1));
}

/**
 * A footing check without allocation: a total printed to whole units against the signed sum of
 * `count` parts starting at `start` in `values`/`signs`.
 *
 * @param total - the printed total
 * @param values - the parts' amounts
 * @param signs - +1 or −1 per part
 * @param start - index of the first part
 * @param count - how many parts
 * @returns the verdict code
 * @example
 * footingVerdict(10, Float64Array.of(4, 6), Int8Array.of(1, 1), 0, 2) //=> 0
 */
export function footingVerdict(
  total: number,
  values: Float64Array,
  signs: Int8Array,
  start: number,
  count: number
): VerdictCode {
  let sum = 0;
  for (let i = start; i < start + count; i++) {
    sum += signs[i] * values[i];
  }
  return judge(total, HALF, 1, sum - HALF * count, sum + HALF * count);
}
