import type { Interval } from "../numbers/Interval";
import { divideIntervals, scaleInterval, shiftInterval } from "../numbers/intervalArithmetic";

/** A recomputed value: the point from the printed amounts and the interval from their bounds. */
export type Recomputed = { readonly point: number; readonly interval: Interval } | null;

/**
 * A share in percent: 100 · part ÷ whole; null when the whole's interval contains zero.
 *
 * @param part - the part's point and interval
 * @param whole - the base's point and interval
 * @returns the share, or null when not checkable
 * @example
 * shareOf({ point: 1, interval: { lo: 1, hi: 1 } }, { point: 4, interval: { lo: 4, hi: 4 } })?.point //=> 25
 */
export function shareOf(
  part: { readonly point: number; readonly interval: Interval },
  whole: { readonly point: number; readonly interval: Interval }
): Recomputed {
  const quotient = divideIntervals(part.interval, whole.interval);
  return quotient === null
    ? null
    : { point: (100 * part.point) / whole.point, interval: scaleInterval(quotient, 100) };
}

/**
 * A change in percent as the release computes it: 100 · (current ÷ prior − 1), also when the
 * prior is negative (a loss that deepens from (151,598) to (806,724) is printed as 432.1).
 *
 * @param current - the current period's point and interval
 * @param prior - the prior period's point and interval
 * @returns the change, or null when the prior's interval contains zero
 * @example
 * changeOf({ point: 110, interval: { lo: 110, hi: 110 } }, { point: 100, interval: { lo: 100, hi: 100 } })?.point //=> 10.000000000000009
 */
export function changeOf(
  current: { readonly point: number; readonly interval: Interval },
  prior: { readonly point: number; readonly interval: Interval }
): Recomputed {
  const quotient = divideIntervals(current.interval, prior.interval);
  return quotient === null
    ? null
    : {
        point: 100 * (current.point / prior.point - 1),
        interval: scaleInterval(shiftInterval(quotient, -1), 100),
      };
}

/**
 * A margin in percent: 100 · (revenue − cost) ÷ revenue, computed as 100 · (1 − cost ÷ revenue)
 * so that revenue's uncertainty counts once.
 *
 * @param revenue - revenue's point and interval
 * @param cost - cost's point and interval
 * @returns the margin, or null when revenue's interval contains zero
 * @example
 * marginOf({ point: 100, interval: { lo: 100, hi: 100 } }, { point: 80, interval: { lo: 80, hi: 80 } })?.point //=> 19.999999999999996
 */
export function marginOf(
  revenue: { readonly point: number; readonly interval: Interval },
  cost: { readonly point: number; readonly interval: Interval }
): Recomputed {
  const quotient = divideIntervals(cost.interval, revenue.interval);
  return quotient === null
    ? null
    : {
        point: 100 * (1 - cost.point / revenue.point),
        interval: scaleInterval(shiftInterval(quotient, -1), -100),
      };
}
