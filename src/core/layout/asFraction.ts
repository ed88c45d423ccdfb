/**
 * A printed percentage as the fraction a cell holds: 25.6 → 0.256, kept to 15 significant
 * digits (Excel's precision) so that −1.8 is stored as −0.018 and not −0.018000000000000002.
 *
 * @param percent - the percentage as printed
 * @returns the fraction
 * @example
 * asFraction(-1.8) //=> -0.018
 */
export function asFraction(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}
