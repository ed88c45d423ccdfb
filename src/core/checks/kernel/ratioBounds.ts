/**
 * Writes the bounds of [aLo, aHi] ÷ [bLo, bHi] into `out[0]`, `out[1]` without allocating;
 * returns false when the denominator's interval contains zero.
 *
 * @param aLo - numerator lower bound
 * @param aHi - numerator upper bound
 * @param bLo - denominator lower bound
 * @param bHi - denominator upper bound
 * @param out - receives [lo, hi]
 * @returns whether the quotient is bounded
 * @example
 * const out = new Float64Array(2);
 * ratioBounds(1, 2, 4, 4, out) //=> true
 * Array.from(out) //=> [0.25, 0.5]
 */
export function ratioBounds(
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  out: Float64Array
): boolean {
  if (!(bLo > 0 || bHi < 0)) {
    return false;
  }
  // One division for both bounds: x ÷ bHi = x · bLo · inverse and x ÷ bLo = x · bHi · inverse.
  const inverse = 1 / (bLo * bHi);
  if (bLo > 0) {
    out[0] = aLo * (aLo >= 0 ? bLo : bHi) * inverse;
    out[1] = aHi * (aHi >= 0 ? bHi : bLo) * inverse;
  } else {
    out[0] = aHi * (aHi >= 0 ? bLo : bHi) * inverse;
    out[1] = aLo * (aLo >= 0 ? bHi : bLo) * inverse;
  }
  return true;
}
