import { calendarToFiscal } from "./fiscalCalendar";
import type { PeriodQuery } from "./PeriodQuery";
import { periodId } from "./periodId";

/** Why a text is not a period, as data (a message catalogue words it in each language). */
export type PeriodProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "notPeriod" }
  | { readonly kind: "notDate" }
  | { readonly kind: "needsYear" }
  | { readonly kind: "calendarQuarter"; readonly calendar: string; readonly fiscal: string };

/** What reading a period gives: the period, or a message that says how to write it. */
export type PeriodParse =
  | { readonly ok: true; readonly query: PeriodQuery }
  | { readonly ok: false; readonly message: string; readonly problem: PeriodProblem };

type Quarter = 1 | 2 | 3 | 4;

const MONTHS = [
  "JAN",
  "FEB",
  "MAR",
  "APR",
  "MAY",
  "JUN",
  "JUL",
  "AUG",
  "SEP",
  "OCT",
  "NOV",
  "DEC",
] as const;

const MAX_LENGTH = 40;

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function quarter(q: string | undefined): Quarter {
  return Number(q) as Quarter;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

type Reader = (text: string) => PeriodParse | null;

const fiscalQuarter: Reader = (text) => {
  const patterns = [
    /^([1-4])Q(\d{2}|\d{4})$/,
    /^Q([1-4]) ?FY ?(\d{2}|\d{4})$/,
    /^([1-4])Q ?FY ?(\d{2}|\d{4})$/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m !== null) {
      return {
        ok: true,
        query: { kind: "quarter", fiscalYear: fullYear(m[2]), quarter: quarter(m[1]) },
      };
    }
  }
  const m = /^FY ?(\d{2}|\d{4}) ?(?:Q([1-4])|([1-4])Q)$/.exec(text);
  return m === null
    ? null
    : {
        ok: true,
        query: { kind: "quarter", fiscalYear: fullYear(m[1]), quarter: quarter(m[2] ?? m[3]) },
      };
};

const fiscalYear: Reader = (text) => {
  const m = /^(?:FY ?(\d{2}|\d{4})|(\d{4}))$/.exec(text);
  return m === null
    ? null
    : { ok: true, query: { kind: "year", fiscalYear: fullYear(m[1] ?? m[2]) } };
};

const japanese: Reader = (text) => {
  const q = /^(\d{4})年度第([1-4])四半期$/.exec(text) ?? /^(\d{4})年度([1-4])Q$/.exec(text);
  if (q !== null) {
    return {
      ok: true,
      query: { kind: "quarter", fiscalYear: Number(q[1]), quarter: quarter(q[2]) },
    };
  }
  const y = /^(\d{4})年度(?:通期)?$/.exec(text);
  return y === null ? null : { ok: true, query: { kind: "year", fiscalYear: Number(y[1]) } };
};

const date: Reader = (text) => {
  const numeric =
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ??
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  const named = /^([A-Z]{3})[A-Z]*\.? (\d{1,2}),? (\d{4})$/.exec(text);
  let parts: [number, number, number] | null = null;
  if (numeric !== null) {
    parts = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  } else if (named !== null) {
    const month = MONTHS.indexOf(named[1] as (typeof MONTHS)[number]);
    parts = month < 0 ? null : [Number(named[3]), month + 1, Number(named[2])];
  }
  if (parts === null) {
    return null;
  }
  const iso = isoDate(...parts);
  return iso === null
    ? {
        ok: false,
        message: `'${text}' is not a date of the calendar.`,
        problem: { kind: "notDate" },
      }
    : { ok: true, query: { kind: "instant", date: iso } };
};

const calendarQuarter: Reader = (text) => {
  const m = /^(?:CY ?)?Q([1-4]) ?(\d{4})$/.exec(text) ?? /^(\d{4}) ?Q([1-4])$/.exec(text);
  if (m === null) {
    return null;
  }
  const [year, q] = /^\d{4}/.test(m[1])
    ? [Number(m[1]), quarter(m[2])]
    : [Number(m[2]), quarter(m[1])];
  const fiscal = calendarToFiscal(year, q);
  return {
    ok: false,
    message:
      `'${text}' reads as a calendar quarter. IIJ's fiscal year N runs April N to March N+1: ` +
      `calendar Q${q} ${year} is ${periodId(fiscal)} (Q${fiscal.quarter} FY${fiscal.fiscalYear}).`,
    problem: { kind: "calendarQuarter", calendar: `Q${q} ${year}`, fiscal: periodId(fiscal) },
  };
};

const bareQuarter: Reader = (text) =>
  /^(?:Q[1-4]|[1-4]Q)$/.test(text)
    ? {
        ok: false,
        message: `'${text}' needs a fiscal year, as in 4Q02 or Q4 FY2002.`,
        problem: { kind: "needsYear" },
      }
    : null;

const READERS: ReadonlyArray<Reader> = [
  fiscalQuarter,
  fiscalYear,
  japanese,
  date,
  calendarQuarter,
  bareQuarter,
];

/**
 * Reads a period the ways an analyst writes one: `4Q02`, `Q4 FY2002`, `FY2002 Q4`, `FY2002`,
 * `FY02`, `2002`, `2002年度第4四半期`, `2002年度`, `2003-03-31`, `Mar 31, 2003`. A calendar-style
 * quarter (`Q1 2003`) is refused with its fiscal name. Whether the release has the period is the
 * caller's question.
 *
 * @param input - the text as typed
 * @returns the period, or a message saying how to write it
 * @example
 * parsePeriod("Q4 FY2002") //=> { ok: true, query: { kind: "quarter", fiscalYear: 2002, quarter: 4 } }
 */
export function parsePeriod(input: string): PeriodParse {
  const text = input.normalize("NFKC").trim().replace(/\s+/g, " ").toUpperCase();
  if (text.length === 0) {
    return { ok: false, message: "The period is empty.", problem: { kind: "empty" } };
  }
  if (text.length <= MAX_LENGTH) {
    for (const read of READERS) {
      const result = read(text);
      if (result !== null) {
        return result;
      }
    }
  }
  return {
    ok: false,
    message: `'${input.slice(0, MAX_LENGTH)}' is not a period. Write a fiscal quarter (4Q02, Q4 FY2002), a fiscal year (FY2002, 2002年度) or a date (2003-03-31).`,
    problem: { kind: "notPeriod" },
  };
}
