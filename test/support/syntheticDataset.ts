import type { Dataset } from "../../src/core/model/Dataset";
import type { ReportedFigure } from "../../src/core/model/ReportedFigure";
import type { Row, Table } from "../../src/core/model/Table";
import { FIXTURE_FX_RATE, FIXTURE_PERIODS } from "./fixturePeriods";

/** Prints a value the way the release does, rounded to `decimals`. */
export function printed(value: number, decimals: number, percent = false): ReportedFigure {
  const rounded = Number(value.toFixed(decimals));
  const abs = Math.abs(rounded).toFixed(decimals);
  const grouped = abs.replace(/^\d+/, (w) => w.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  const body = grouped + (percent ? "%" : "");
  return { text: rounded < 0 ? `(${body})` : body, value: rounded === 0 ? 0 : rounded, decimals };
}

/**
 * A one-table dataset of a statement with `current.length` items and their total, for two
 * periods, with % of total and change columns: every figure computed exactly from the exact
 * yen amounts, then rounded to its printed precision, as a careful preparer would.
 */
export function syntheticDataset(
  current: ReadonlyArray<number>,
  prior: ReadonlyArray<number>
): Dataset {
  const sum = (xs: ReadonlyArray<number>) => xs.reduce((a, b) => a + b, 0);
  const rows: Row[] = [
    ...current.map((_, i) => ({
      id: `item${i}`,
      role: "item" as const,
      level: 1,
      label: { en: `Item ${i}` },
    })),
    {
      id: "total",
      role: "total",
      level: 0,
      label: { en: "Total" },
      children: current.map((_, i) => ({ item: `item${i}`, sign: 1 as const })),
    },
  ];
  const exact = (xs: ReadonlyArray<number>) => [...xs, sum(xs)];
  const cur = exact(current);
  const pri = exact(prior);
  const figures: Record<string, ReportedFigure[]> = {};
  rows.forEach((row, i) => {
    figures[row.id] = [
      printed(cur[i] / 1000, 0),
      printed((100 * cur[i]) / cur[cur.length - 1], 1, true),
      printed(pri[i] / 1000, 0),
      printed((100 * pri[i]) / pri[pri.length - 1], 1, true),
      printed(100 * (cur[i] / pri[i] - 1), 1, true),
    ];
  });
  const table: Table = {
    id: "synthetic",
    kind: "operations",
    title: { en: "Synthetic statement" },
    source: { en: "Test" },
    unit: "JPY thousands",
    columns: [
      { kind: "amount", id: "cur", period: "4Q02", unit: "JPY thousands" },
      { kind: "share", id: "share_cur", period: "4Q02", of: "cur", baseItem: "total" },
      { kind: "amount", id: "pri", period: "4Q01", unit: "JPY thousands" },
      { kind: "share", id: "share_pri", period: "4Q01", of: "pri", baseItem: "total" },
      {
        kind: "change",
        id: "yoy",
        period: "4Q02",
        current: "cur",
        prior: "pri",
        comparison: "yearOverYear",
      },
    ],
    headers: {},
    rows,
    figures: { en: figures },
  };
  return {
    release: {
      id: "synthetic",
      company: { en: "Synthetic", ja: "合成" },
      ticker: "SYN",
      published: { en: "2003-05-20", ja: "2003-05-21" },
      fiscalYearEnd: "2003-03-31",
    },
    fxRate: FIXTURE_FX_RATE,
    periods: [FIXTURE_PERIODS["4Q02"], FIXTURE_PERIODS["4Q01"]],
    tables: [table],
    reconciliations: [],
    claims: [],
  };
}
