import type { PeriodQuery } from "./PeriodQuery";

/**
 * The last day of a fiscal quarter or year: IIJ's fiscal year N runs from April N to March N+1.
 *
 * @param query - a fiscal quarter or year
 * @returns the ISO date it ends on
 * @example
 * fiscalPeriodEnd({ kind: "quarter", fiscalYear: 2002, quarter: 4 }) //=> "2003-03-31"
 */
export function fiscalPeriodEnd(query: Extract<PeriodQuery, { kind: "quarter" | "year" }>): string {
  if (query.kind === "year") {
    return `${query.fiscalYear + 1}-03-31`;
  }
  const ends = ["06-30", "09-30", "12-31", "03-31"] as const;
  const year = query.quarter === 4 ? query.fiscalYear + 1 : query.fiscalYear;
  return `${year}-${ends[query.quarter - 1]}`;
}

/**
 * The fiscal quarter that a calendar quarter is: calendar Q1 of year Y (January–March) is the
 * fourth fiscal quarter of fiscal year Y−1.
 *
 * @param year - calendar year
 * @param quarter - calendar quarter
 * @returns the same months in fiscal terms
 * @example
 * calendarToFiscal(2003, 1) //=> { kind: "quarter", fiscalYear: 2002, quarter: 4 }
 */
export function calendarToFiscal(
  year: number,
  quarter: 1 | 2 | 3 | 4
): Extract<PeriodQuery, { kind: "quarter" }> {
  return quarter === 1
    ? { kind: "quarter", fiscalYear: year - 1, quarter: 4 }
    : { kind: "quarter", fiscalYear: year, quarter: (quarter - 1) as 1 | 2 | 3 };
}
