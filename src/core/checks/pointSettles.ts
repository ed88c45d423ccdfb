import { perUnitOf, unitOf } from "./printedInterval";

/**
 * Whether a recomputed percentage's point alone settles the printed figure: the point lies in
 * the figure's interval (a percentage's is always a rounding's), so the recomputed interval,
 * which holds the point, overlaps it; and the point's rounding error (a few units in the last
 * place of |point| + 100) is far below GAP_EPSILON units of the printed digit. The caller
 * also makes sure that every quotient of its amounts' bounds is finite. Elsewhere the full
 * interval decides.
 *
 * @param point - the recomputed point
 * @param reported - the printed figure
 * @param d - its printed decimals
 * @returns whether the figure is consistent on the point alone
 * @example
 * pointSettles(7.24, 7.2, 1) //=> true
 */
export function pointSettles(point: number, reported: number, d: number): boolean {
  const unit = unitOf(d);
  return (
    point >= reported - unit / 2 &&
    point <= reported + unit / 2 &&
    (Math.abs(point) + 100) * perUnitOf(d) < 1e5
  );
}
