/**
 * The release's facts that are not tables, read from its text: the company, its ticker, the dates
 * each edition is published, the fiscal year's end, the exchange rate of the USD translations and
 * the periods' dates (from the tables' printed headers). Each must read the same wherever the text
 * prints it; the build fails otherwise.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function fail(message) {
  throw new Error(message);
}

const pad = (n) => String(n).padStart(2, "0");
const iso = (year, month, day) => `${year}-${pad(month)}-${pad(day)}`;

/** "Mar 31, 2003" or "March 31, 2003" as "2003-03-31". */
function englishDate(printed) {
  const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(printed.trim());
  const month = match === null ? -1 : MONTHS.indexOf(match[1].slice(0, 3));
  if (match === null || month < 0) fail(`unreadable date '${printed}'`);
  return iso(match[3], month + 1, match[2]);
}

/** Every match of `pattern` (global) in `text`, mapped by `read`; all must give the same answer. */
function readEverywhere(text, pattern, read, what) {
  const answers = [...text.matchAll(pattern)].map(read);
  if (answers.length === 0) fail(`${what}: not printed`);
  const distinct = [...new Set(answers.map((a) => JSON.stringify(a)))];
  if (distinct.length !== 1) fail(`${what}: printed differently (${distinct.join(", ")})`);
  return answers[0];
}

/**
 * The release's identity and the exchange rate.
 * @param {string} text the release's text
 * @param {(text: string) => { value: number | null } | null} parseReported core's parser
 */
function readRelease(text, parseReported) {
  const [name, ticker] = readEverywhere(
    text,
    /– (Internet Initiative Japan Inc\.) \(Nasdaq: ([A-Z]+)\)/g,
    (m) => [m[1], m[2]],
    "company (English)"
  );
  const nameJa = readEverywhere(text, /^(株式会社\S+)$/gm, (m) => m[1], "company (Japanese)");
  const publishedEn = readEverywhere(
    text,
    /^Tokyo, [A-Z][a-z]+ \d+, \d{4} \/ New York, ([A-Z][a-z]+ \d+, \d{4}) –/gm,
    (m) => englishDate(m[1]),
    "English publication date"
  );
  const publishedJa = readEverywhere(
    text.slice(0, text.indexOf("\n", text.search(/^株式会社/m))),
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/gm,
    (m) => iso(m[1], m[2], m[3]),
    "Japanese publication date"
  );
  const fiscalYearEnd = readEverywhere(
    text,
    /full fiscal year \d{4}, ending ([A-Z][a-z]+ \d+, \d{4})/g,
    (m) => englishDate(m[1]),
    "fiscal year end"
  );
  const rateEn = readEverywhere(
    text,
    /JPY ?(\d+\.\d+) = (?:US)?\\?\$1, the approximate (?:exchange rate|rate of exchange) on ([A-Z][a-z]+ \d+, \d{4})/g,
    (m) => [m[1], englishDate(m[2])],
    "exchange rate (English)"
  );
  const rateJa = readEverywhere(
    text,
    /米ドル換算レート(\d+\.\d+)円=1米ドル\((\d{4})\/(\d{1,2})\/(\d{1,2})\)/g,
    (m) => [m[1], iso(m[2], m[3], m[4])],
    "exchange rate (Japanese)"
  );
  if (JSON.stringify(rateEn) !== JSON.stringify(rateJa)) {
    fail(`the editions print different rates: ${rateEn} and ${rateJa}`);
  }
  const rate = parseReported(rateEn[0]);
  if (rate === null || rate.value === null) fail(`unreadable rate '${rateEn[0]}'`);
  return {
    release: {
      id: "iij-fy2002-q4",
      company: { en: name, ja: nameJa },
      ticker,
      published: { en: publishedEn, ja: publishedJa },
      fiscalYearEnd,
    },
    fxRate: { jpyPerUsd: rate.value, text: rateEn[0], asOf: rateEn[1] },
  };
}

/** The first day of the period of `months` months that ends on `end`, the last day of a month. */
function startOf(end, months) {
  const [y, m, d] = end.split("-").map(Number);
  if (new Date(Date.UTC(y, m, 0)).getUTCDate() !== d) fail(`${end} does not end a month`);
  const first = new Date(Date.UTC(y, m - months, 1));
  return iso(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate());
}

/** Months since year 0 of a date's month: for comparing period ends. */
const monthIndex = (date) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/**
 * The periods the tables' columns name, in the order `order` gives, each dated by the end date
 * its table prints above its column (a quarter is three months, a year twelve; an instant is the
 * date itself), and each fiscal period checked against the fiscal year's end.
 * @param {object[]} tables the built tables (headers and columns)
 * @param {string} fiscalYearEnd the fiscal year's end read from the text
 * @param {{ id: string, table: string }[]} order which table prints each period's date
 */
function readPeriods(tables, fiscalYearEnd, order) {
  return order.map(({ id, table: tableId }) => {
    const table = tables.find((t) => t.id === tableId);
    const j = table.columns.findIndex((c) => c.period === id);
    if (j < 0) fail(`${tableId} has no column of period ${id}`);
    const dateLine = table.headers.en.find((line) => line.some((c) => /\d{4}$/.test(c)));
    let k = j;
    while (k > 0 && dateLine[k] === "") k -= 1;
    const end = englishDate(dateLine[k]);
    const quarter = /^(\d)Q(\d{2})$/.exec(id);
    const year = /^FY(\d{4})$/.exec(id);
    if (quarter !== null) {
      const fiscalYear = 2000 + Number(quarter[2]);
      const q = Number(quarter[1]);
      const yearEnd = `${fiscalYear + 1}${fiscalYearEnd.slice(4)}`;
      if (monthIndex(yearEnd) - monthIndex(end) !== 12 - 3 * q) {
        fail(`${id} ends ${end}, not quarter ${q} of a year ending ${yearEnd}`);
      }
      return { kind: "quarter", id, fiscalYear, quarter: q, start: startOf(end, 3), end };
    }
    if (year !== null) {
      const fiscalYear = Number(year[1]);
      if (end !== `${fiscalYear + 1}${fiscalYearEnd.slice(4)}`) {
        fail(`${id} ends ${end}, not at the fiscal year's end`);
      }
      return { kind: "year", id, fiscalYear, start: startOf(end, 12), end };
    }
    if (end !== id) fail(`the instant ${id} is printed as ${end}`);
    return { kind: "instant", id, date: end };
  });
}

module.exports = { readRelease, readPeriods };
