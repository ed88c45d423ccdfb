import type { Period } from "../model/Period";
import { parsePeriod } from "./parsePeriod";
import { periodId } from "./periodId";

/** A period of the release found from a user's text, or a message naming the periods there are. */
export type PeriodResolution =
  { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly message: string };

/**
 * Finds the period a user means among the periods the release (or a table) has.
 *
 * @param input - the text as typed (`4Q02`, `FY2002`, `Mar 31, 2003`)
 * @param periods - the periods to choose from, in the order to list them
 * @returns the period, or a message that lists the periods there are
 * @example
 * resolvePeriod("Q5", periods) //=> { ok: false, message: "'Q5' is not a period. … Periods: 4Q02, 3Q02, 4Q01, FY2002, FY2001." }
 */
export function resolvePeriod(input: string, periods: ReadonlyArray<Period>): PeriodResolution {
  const listing = `Periods: ${periods.map((p) => p.id).join(", ")}.`;
  const parsed = parsePeriod(input);
  if (!parsed.ok) {
    return { ok: false, message: `${parsed.message} ${listing}` };
  }
  const id = periodId(parsed.query);
  const period = periods.find((p) => p.id === id);
  return period === undefined
    ? { ok: false, message: `The release has no figures for ${id}. ${listing}` }
    : { ok: true, period };
}
