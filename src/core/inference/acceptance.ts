import type { Support } from "./InferredRelation";

/** A relation must make at least this share of the cells it can check consistent. */
export const MIN_SHARE_EXPLAINED = 2 / 3;
/** …and at least this many of them. */
export const MIN_CELLS_EXPLAINED = 3;

/**
 * Why a best hypothesis is not accepted, or null when it is: it explains at least two thirds of
 * the cells it can check, at least three of them, and more than the runner-up that gives a
 * different verdict on some cell.
 *
 * @param best - the best hypothesis's support
 * @param rival - the best competing hypothesis's consistent cells (−1 when none)
 * @returns null when accepted, else the reason in words
 * @example
 * rejection({ consistent: 19, checkable: 23 }, 2) //=> null
 */
export function rejection(best: Support, rival: number): string | null {
  const { consistent, checkable } = best;
  if (consistent < MIN_CELLS_EXPLAINED) {
    return `explains ${consistent} of ${checkable} cells, fewer than ${MIN_CELLS_EXPLAINED}`;
  }
  if (consistent < MIN_SHARE_EXPLAINED * checkable - 1e-9) {
    return `explains ${consistent} of ${checkable} cells, under two thirds`;
  }
  if (rival >= consistent) {
    return `explains ${consistent} of ${checkable} cells, as many as another hypothesis`;
  }
  return null;
}
