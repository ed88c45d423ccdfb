import type { Rejection, Support } from "./InferredRelation";

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
  const why = rejectionOf(best, rival);
  return why === null ? null : rejectionWords(why);
}

/**
 * The same verdict as {@link rejection}, as data: which test failed and the support.
 *
 * @param best - the best hypothesis's support
 * @param rival - the best competing hypothesis's consistent cells (−1 when none)
 * @returns null when accepted, else the failed test
 * @example
 * rejectionOf({ consistent: 2, checkable: 9 }, -1)?.kind //=> "fewCells"
 */
export function rejectionOf(best: Support, rival: number): Rejection | null {
  const { consistent, checkable } = best;
  const failed = (kind: Rejection["kind"]): Rejection => ({
    kind,
    consistent,
    checkable,
    minimum: MIN_CELLS_EXPLAINED,
  });
  if (consistent < MIN_CELLS_EXPLAINED) {
    return failed("fewCells");
  }
  if (consistent < MIN_SHARE_EXPLAINED * checkable - 1e-9) {
    return failed("underTwoThirds");
  }
  if (rival >= consistent) {
    return failed("tied");
  }
  return null;
}

/**
 * A rejection in English words, as `--explain` prints it.
 *
 * @param why - the failed test
 * @returns the words
 * @example
 * rejectionWords({ kind: "underTwoThirds", consistent: 5, checkable: 9, minimum: 3 }) //=> "explains 5 of 9 cells, under two thirds"
 */
export function rejectionWords(why: Rejection): string {
  const explains = `explains ${why.consistent} of ${why.checkable} cells`;
  switch (why.kind) {
    case "fewCells":
      return `${explains}, fewer than ${why.minimum}`;
    case "underTwoThirds":
      return `${explains}, under two thirds`;
    case "tied":
      return `${explains}, as many as another hypothesis`;
  }
}
