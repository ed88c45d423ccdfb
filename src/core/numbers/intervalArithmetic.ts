import type { Interval } from "./Interval";

/**
 * The interval of `Σ sign·x` over intervals: lower bounds add with lower bounds of positive terms
 * and upper bounds of negative ones.
 *
 * @param terms - signed intervals
 * @returns the interval of the sum
 * @example
 * sumIntervals([{ interval: { lo: 1, hi: 2 }, sign: 1 }, { interval: { lo: 0, hi: 1 }, sign: -1 }]) //=> { lo: 0, hi: 2 }
 */
export function sumIntervals(
  terms: ReadonlyArray<{ readonly interval: Interval; readonly sign: 1 | -1 }>
): Interval {
  let lo = 0;
  let hi = 0;
  for (const { interval, sign } of terms) {
    if (sign === 1) {
      lo += interval.lo;
      hi += interval.hi;
    } else {
      lo -= interval.hi;
      hi -= interval.lo;
    }
  }
  return { lo, hi };
}

/**
 * The interval of a ÷ b from the corner values, or null when b's interval contains zero
 * (the quotient is then unbounded: the figure is not checkable).
 *
 * @param a - numerator interval
 * @param b - denominator interval
 * @returns the quotient's interval, or null
 * @example
 * divideIntervals({ lo: 1, hi: 2 }, { lo: 4, hi: 4 }) //=> { lo: 0.25, hi: 0.5 }
 */
export function divideIntervals(a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0 && b.hi >= 0) {
    return null;
  }
  const corners = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  return { lo: Math.min(...corners), hi: Math.max(...corners) };
}

/**
 * Scales an interval by a constant (a negative factor swaps the bounds).
 *
 * @param a - the interval
 * @param factor - the constant
 * @returns factor·a
 * @example
 * scaleInterval({ lo: 1, hi: 2 }, -1) //=> { lo: -2, hi: -1 }
 */
export function scaleInterval(a: Interval, factor: number): Interval {
  const x = a.lo * factor;
  const y = a.hi * factor;
  return { lo: Math.min(x, y), hi: Math.max(x, y) };
}

/**
 * Shifts an interval by a constant.
 *
 * @param a - the interval
 * @param offset - added to both bounds
 * @returns a + offset
 * @example
 * shiftInterval({ lo: 1, hi: 2 }, -1) //=> { lo: 0, hi: 1 }
 */
export function shiftInterval(a: Interval, offset: number): Interval {
  return { lo: a.lo + offset, hi: a.hi + offset };
}

/**
 * The distance between two intervals: 0 when they meet, else the width of the gap between them.
 *
 * @param a - one interval
 * @param b - the other
 * @returns the gap, never negative
 * @example
 * intervalGap({ lo: 0, hi: 1 }, { lo: 1.5, hi: 2 }) //=> 0.5
 */
export function intervalGap(a: Interval, b: Interval): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}
