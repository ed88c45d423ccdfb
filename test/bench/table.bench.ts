import { formatAmount } from "../../src/core/checks/formatAmount";
import { checkGrid } from "../../src/core/inference/checkGrid";
import type { GridCell } from "../../src/core/inference/GridCell";
import { parseCsv } from "../../src/core/inference/parseCsv";
import { timeBest } from "./timeBest";

const PERIODS = 6;
const RATE = 118.07;
/** Items per section and sections per block (each block has its own 100% base): 25 rows a block. */
const ITEMS = 5;
const SECTIONS = 4;

function quoted(text: string): string {
  return text.includes(",") ? `"${text}"` : text;
}

function amount(exact: number, scale: number): string {
  const v = Math.round(exact / scale);
  return v < 0 ? `(${formatAmount(-v, 0)})` : formatAmount(v, 0);
}

function percent(value: number): string {
  const text = (Math.round(value * 10) / 10).toFixed(1);
  return text.startsWith("-") && Number(text) !== 0 ? `(${text.slice(1)})` : text.replace(/^-/, "");
}

/**
 * A statement of at least `rows` rows × 20 columns as CSV, as a preparer rounds it: label, USD, six
 * periods of JPY amount and % of the block's total, five changes against the first period, and a
 * spacer column; sections of items with their totals, blocks of sections with theirs; one
 * item percentage in 97 misprinted.
 */
export function statementCsv(rows: number, seed: number): string {
  let x = seed;
  const random = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = [
    [
      "",
      "USD",
      ...Array.from({ length: PERIODS }, (_, p) => [`P${p} JPY`, "%"]).flat(),
      "",
      ...Array.from({ length: PERIODS - 1 }, (_, k) => `Chg % vs P${k + 1}`),
    ].join(","),
  ];
  let line = 0;
  while (lines.length < rows) {
    const block = Array.from({ length: SECTIONS }, () =>
      Array.from({ length: ITEMS }, () =>
        Array.from({ length: PERIODS }, () => Math.round(200_000_000 + random() * 2_800_000_000))
      )
    );
    const sum = (items: number[][]): number[] =>
      Array.from({ length: PERIODS }, (_, p) => items.reduce((s, r) => s + r[p], 0));
    const base = sum(block.flat());
    const emit = (label: string, exact: number[]): void => {
      line += 1;
      // A base misprinted would be no base at all: only items are.
      const misprint = line % 97 === 0 && label.startsWith("Item") ? 0.3 : 0;
      const cells = [
        label,
        quoted(amount(exact[0], 1000 * RATE)),
        ...exact.flatMap((v, p) => [
          quoted(amount(v, 1000)),
          percent((100 * v) / base[p] + (p === 0 ? misprint : 0)),
        ]),
        "",
        ...exact.slice(1).map((prior) => percent(100 * (exact[0] / prior - 1))),
      ];
      lines.push(cells.join(","));
    };
    block.forEach((section, s) => {
      section.forEach((item, i) => emit(`Item ${line} ${s}.${i}`, item));
      emit(`Total section ${s}`, sum(section));
    });
    emit("Total block", base);
  }
  // Whole blocks only: a block cut before its total would have no base of its own.
  return lines.join("\r\n");
}

function parse(text: string): GridCell[][] {
  const csv = parseCsv(text);
  if (!csv.ok) {
    throw new Error(csv.message);
  }
  return csv.rows.map((row) => row.map((t) => ({ text: t })));
}

/**
 * Inference and check of a 10,000-row × 20-column statement (`checkGrid`, the product's path)
 * against parsing the same CSV into a grid in the same run, and the same for 1,000 rows to show
 * the time grows linearly with the rows.
 */
export function run(): ReadonlyArray<object> {
  const figures: object[] = [];
  const times = new Map<number, number>();
  for (const rows of [1_000, 10_000]) {
    const text = statementCsv(rows, 7);
    const parsed = timeBest(() => parse(text), 5);
    const checked = timeBest(() => checkGrid(parsed.result, "round"), 5);
    times.set(rows, checked.seconds);
    figures.push({
      figure: "table_check_over_csv_parse",
      rows: parsed.result.length,
      columns: 20,
      csv_bytes: text.length,
      parse_ms: Number((parsed.seconds * 1000).toFixed(1)),
      check_ms: Number((checked.seconds * 1000).toFixed(1)),
      check_over_parse: Number((checked.seconds / parsed.seconds).toFixed(2)),
      relations: checked.result.relations.length,
      unread: checked.result.unread.length,
      findings: checked.result.findings.length,
      target: "<= 20x the parse time",
    });
  }
  figures.push({
    figure: "table_check_linearity",
    rows_small: 1_000,
    rows_large: 10_000,
    time_ratio: Number(((times.get(10_000) ?? 0) / (times.get(1_000) ?? 1)).toFixed(2)),
    target: "<= 12x for 10x the rows",
  });
  return figures;
}
