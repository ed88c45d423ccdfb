import type { Period } from "../../src/core/model/Period";

/** The release's periods, for hand-made test datasets (the real ones are in src/data). */
export const FIXTURE_PERIODS = {
  "4Q02": {
    kind: "quarter",
    id: "4Q02",
    fiscalYear: 2002,
    quarter: 4,
    start: "2003-01-01",
    end: "2003-03-31",
  },
  "3Q02": {
    kind: "quarter",
    id: "3Q02",
    fiscalYear: 2002,
    quarter: 3,
    start: "2002-10-01",
    end: "2002-12-31",
  },
  "4Q01": {
    kind: "quarter",
    id: "4Q01",
    fiscalYear: 2001,
    quarter: 4,
    start: "2002-01-01",
    end: "2002-03-31",
  },
  FY2002: { kind: "year", id: "FY2002", fiscalYear: 2002, start: "2002-04-01", end: "2003-03-31" },
  FY2001: { kind: "year", id: "FY2001", fiscalYear: 2001, start: "2001-04-01", end: "2002-03-31" },
  "2003-03-31": { kind: "instant", id: "2003-03-31", date: "2003-03-31" },
  "2002-12-31": { kind: "instant", id: "2002-12-31", date: "2002-12-31" },
  "2002-03-31": { kind: "instant", id: "2002-03-31", date: "2002-03-31" },
} as const satisfies Record<string, Period>;

/** The release's convenience-translation rate. */
export const FIXTURE_FX_RATE = { jpyPerUsd: 118.07, text: "118.07", asOf: "2003-03-31" } as const;
