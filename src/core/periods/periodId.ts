import type { PeriodQuery } from "./PeriodQuery";

/**
 * The release's own name for a period: `4Q02`, `FY2002`, or an ISO date for a balance sheet.
 *
 * @param query - an understood period
 * @returns its canonical id
 * @example
 * periodId({ kind: "quarter", fiscalYear: 2002, quarter: 4 }) //=> "4Q02"
 */
export function periodId(query: PeriodQuery): string {
  switch (query.kind) {
    case "quarter":
      return `${query.quarter}Q${String(query.fiscalYear % 100).padStart(2, "0")}`;
    case "year":
      return `FY${query.fiscalYear}`;
    case "instant":
      return query.date;
  }
}
