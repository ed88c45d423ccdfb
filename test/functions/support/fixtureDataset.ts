import type { Dataset } from "../../../src/core/model/Dataset";
import type { Column, Row, Table, TableKind } from "../../../src/core/model/Table";
import type { ReportedFigure } from "../../../src/core/model/ReportedFigure";
import type { Unit } from "../../../src/core/model/Unit";
import { parseReported } from "../../../src/core/numbers/parseReported";
import { FIXTURE_FX_RATE, FIXTURE_PERIODS } from "../../support/fixturePeriods";

/** A figure from its printed text, read by core's parser: "(446,432)" → −446432, "-" → nil. */
function f(text: string): ReportedFigure {
  const read = parseReported(text);
  if (read === null) {
    throw new Error(`fixture: unreadable figure '${text}'`);
  }
  return { text, value: read.value, decimals: read.decimals };
}

const row = (id: string, en: string, ja?: string, extra: Partial<Row> = {}): Row => ({
  id,
  role: "item",
  level: 1,
  label: ja === undefined ? { en } : { en, ja },
  ...extra,
});

function table(
  id: string,
  kind: TableKind,
  title: { en: string; ja?: string },
  source: string,
  unit: Unit,
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<Row>,
  figures: Record<string, ReadonlyArray<string | null>>,
  japanese = false
): Table {
  const parsed = Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [k, v.map((t) => (t === null ? null : f(t)))])
  );
  return {
    id,
    kind,
    title,
    source: { en: source },
    unit,
    columns,
    headers: {},
    rows,
    figures: japanese ? { en: parsed, ja: parsed } : { en: parsed },
  };
}

const amounts = (unit: Unit, periods: ReadonlyArray<string>): Column[] =>
  periods.map((p) => ({ kind: "amount", id: p, period: p, unit }));

const QUARTERS = ["4Q02", "3Q02", "4Q01"];

/**
 * The cells (table/item/column) whose figures are the fixture's own, not the release's: large round
 * numbers, so that an answer taken from the real dataset by mistake cannot pass a test.
 */
export const INVENTED_FIGURES: ReadonlyArray<string> = [
  "operations_annual/revenues.total/jpy_FY2002",
  "operations_annual/revenues.total/jpy_FY2001",
  ...["assets.cash", "assets.total"].flatMap((item) =>
    ["usd_2003-03-31", "jpy_2003-03-31", "share_2003-03-31", "jpy_2002-12-31"].map(
      (column) => `balance_sheet/${item}/${column}`
    )
  ),
];

/**
 * A small dataset in the release's shape, for the functions' tests: enough of every table kind,
 * independent of the full dataset. It is an excerpt, not a copy: the release's ids, facts, rate
 * and periods; the English release's figures except the cells in {@link INVENTED_FIGURES}; titles
 * and labels of its own (short forms); no headers; the Japanese edition, where a table has one,
 * repeats the English figures. test/functions/fixtureDataset.test.ts holds it to this description.
 */
export const fixtureDataset: Dataset = {
  release: {
    id: "iij-fy2002-q4",
    company: { en: "Internet Initiative Japan Inc.", ja: "株式会社インターネットイニシアティブ" },
    ticker: "IJJI",
    published: { en: "2003-05-20", ja: "2003-05-21" },
    fiscalYearEnd: "2003-03-31",
  },
  fxRate: FIXTURE_FX_RATE,
  periods: [
    FIXTURE_PERIODS["4Q02"],
    FIXTURE_PERIODS["3Q02"],
    FIXTURE_PERIODS["4Q01"],
    FIXTURE_PERIODS["FY2002"],
    FIXTURE_PERIODS["FY2001"],
    FIXTURE_PERIODS["2003-03-31"],
    FIXTURE_PERIODS["2002-12-31"],
    FIXTURE_PERIODS["2002-03-31"],
  ],
  tables: [
    table(
      "operations_quarterly",
      "operations",
      { en: "Consolidated Statements of Operations (quarterly)", ja: "連結損益計算書(四半期)" },
      "Appendix 1",
      "JPY thousands",
      [
        {
          kind: "usd",
          id: "usd_4Q02",
          period: "4Q02",
          translates: "jpy_4Q02",
          unit: "USD thousands",
        },
        { kind: "amount", id: "jpy_4Q02", period: "4Q02", unit: "JPY thousands" },
        {
          kind: "share",
          id: "share_4Q02",
          period: "4Q02",
          of: "jpy_4Q02",
          baseItem: "revenues.total",
        },
        { kind: "amount", id: "jpy_4Q01", period: "4Q01", unit: "JPY thousands" },
        {
          kind: "change",
          id: "yoy",
          period: "4Q02",
          current: "jpy_4Q02",
          prior: "jpy_4Q01",
          comparison: "yearOverYear",
        },
        { kind: "amount", id: "jpy_3Q02", period: "3Q02", unit: "JPY thousands" },
      ],
      [
        { id: "revenues", role: "heading", level: 0, label: { en: "Revenues:", ja: "売上高" } },
        row("revenues.value_added", "Value-added services", "付加価値サービス", {
          aliases: ["VAS"],
        }),
        row("revenues.other_connectivity", "Other", "その他"),
        row(
          "revenues.systems_integration",
          "Systems integration revenues",
          "システムインテグレーション",
          { aliases: ["SI"] }
        ),
        row("revenues.total", "Total revenues", "売上高合計", { role: "total", level: 0 }),
        row("operating_income", "Operating income (loss)", "営業利益(損失)", {
          role: "total",
          level: 0,
        }),
        row("per_ads.net_loss", "Basic Net Loss Per ADS Equivalent", "ADS当たり純損失", {
          unit: "JPY",
          checked: false,
        }),
      ],
      {
        "revenues.value_added": ["7,888", "931,399", "7.2", "823,137", "13.2", "913,152"],
        "revenues.other_connectivity": ["3,229", "381,206", "2.9", "533,191", "(28.5)", "467,629"],
        "revenues.systems_integration": [
          "41,547",
          "4,905,429",
          "37.6",
          "5,331,986",
          "(8.0)",
          "3,683,978",
        ],
        "revenues.total": ["110,413", "13,036,439", "100.0", "12,109,774", "7.7", "10,563,578"],
        operating_income: ["(3,781)", "(446,432)", "(3.4)", "186,096", "(339.9)", "(566,520)"],
        "per_ads.net_loss": [null, "(47.52)", null, "(37.07)", null, "(50.40)"],
      },
      true
    ),
    table(
      "operations_annual",
      "operations",
      { en: "Consolidated Statements of Operations (annual)", ja: "連結損益計算書(通期)" },
      "Appendix 2",
      "JPY thousands",
      [
        { kind: "amount", id: "jpy_FY2002", period: "FY2002", unit: "JPY thousands" },
        { kind: "amount", id: "jpy_FY2001", period: "FY2001", unit: "JPY thousands" },
      ],
      [row("revenues.total", "Total revenues", "売上高合計", { role: "total", level: 0 })],
      { "revenues.total": ["45,484,000", "41,237,000"] },
      true
    ),
    table(
      "balance_sheet",
      "balanceSheet",
      { en: "Consolidated Balance Sheets", ja: "連結貸借対照表" },
      "Appendix 3",
      "JPY thousands",
      [
        {
          kind: "usd",
          id: "usd_2003-03-31",
          period: "2003-03-31",
          translates: "jpy_2003-03-31",
          unit: "USD thousands",
        },
        { kind: "amount", id: "jpy_2003-03-31", period: "2003-03-31", unit: "JPY thousands" },
        {
          kind: "share",
          id: "share_2003-03-31",
          period: "2003-03-31",
          of: "jpy_2003-03-31",
          baseItem: "assets.total",
        },
        { kind: "amount", id: "jpy_2002-12-31", period: "2002-12-31", unit: "JPY thousands" },
      ],
      [
        row("assets.cash", "Cash and cash equivalents", "現金及び現金同等物"),
        row("assets.total", "Total", "資産合計", { role: "total", level: 0 }),
      ],
      {
        "assets.cash": ["50,000", "5,903,500", "11.5", "6,000,000"],
        "assets.total": ["435,000", "51,360,450", "100.0", "52,000,000"],
      },
      true
    ),
    table(
      "contracts",
      "operatingData",
      { en: "Number of Contracts" },
      "Table 1",
      "contracts",
      amounts("contracts", QUARTERS),
      [
        row("contracts.data_center", "Internet Data Center Connectivity Services", undefined, {
          aliases: ["Data Center"],
        }),
        row("contracts.dedicated_total", "Total Dedicated Access Services Contracts", undefined, {
          role: "total",
          level: 0,
        }),
        row("contracts.iij4u", "IIJ4U"),
      ],
      {
        "contracts.data_center": ["156", "139", "110"],
        "contracts.dedicated_total": ["5,308", "4,719", "3,620"],
        "contracts.iij4u": ["79,464", "82,193", "89,213"],
      }
    ),
    table(
      "contracted_bandwidth",
      "operatingData",
      { en: "Contracted Bandwidth" },
      "Table 3",
      "Gbps",
      amounts("Gbps", QUARTERS),
      [
        row("bandwidth.dedicated", "Dedicated Access Services"),
        row("bandwidth.data_center", "Internet Data Center Connectivity Service"),
        row("bandwidth.total", "Total Contracted Bandwidth", undefined, {
          role: "total",
          level: 0,
          children: [
            { item: "bandwidth.dedicated", sign: 1 },
            { item: "bandwidth.data_center", sign: 1 },
          ],
        }),
      ],
      {
        "bandwidth.dedicated": ["32.1", "23.3", "9.4"],
        "bandwidth.data_center": ["9.9", "7.0", "2.0"],
        "bandwidth.total": ["42.0", "30.3", "11.4"],
      }
    ),
    table(
      "backbone_costs",
      "operatingData",
      { en: "Backbone Costs" },
      "Table 4",
      "JPY millions",
      amounts("JPY millions", QUARTERS),
      [
        row("backbone.international", "International Backbone Costs"),
        row("backbone.domestic", "Domestic Backbone Costs"),
      ],
      {
        "backbone.international": ["315", "432", "443"],
        "backbone.domestic": ["1,075", "902", "836"],
      }
    ),
    table(
      "other_statistics",
      "nonGaap",
      { en: "Other Financial Statistics" },
      "Table 5",
      "JPY millions",
      amounts("JPY millions", QUARTERS),
      [
        row("statistics.adjusted_ebitda", "Adjusted EBITDA", undefined, { aliases: ["EBITDA"] }),
        row("statistics.depreciation_amortization", "Depreciation and amortization", undefined, {
          aliases: ["D&A"],
        }),
      ],
      {
        "statistics.adjusted_ebitda": ["459", "349", "968"],
        "statistics.depreciation_amortization": ["933", "943", "812"],
      }
    ),
    table(
      "ebitda_reconciliation",
      "nonGaap",
      { en: "Reconciliation of Adjusted EBITDA" },
      "Reconciliation of Non-GAAP Financial Measures",
      "JPY millions",
      amounts("JPY millions", [...QUARTERS, "FY2002", "FY2001"]),
      [
        row("ebitda.adjusted_ebitda", "Adjusted EBITDA"),
        row("ebitda.depreciation_amortization", "Depreciation and amortization"),
      ],
      {
        "ebitda.adjusted_ebitda": ["459", "349", "968", "1,799", "2,960"],
        "ebitda.depreciation_amortization": ["-905", "-916", "-782", "-3,470", "-2,906"],
      }
    ),
    table(
      "cross_selling",
      "crossSelling",
      { en: "Cross-selling rates among top 150 customers" },
      "Cross-selling",
      "percent",
      [
        { kind: "rate", id: "FY2001", period: "FY2001" },
        { kind: "rate", id: "FY2002", period: "FY2002" },
      ],
      [
        row("cross_selling.value_added", "Value-added Service", undefined, { aliases: ["VAS"] }),
        row("cross_selling.systems_integration", "System Integration", undefined, {
          aliases: ["SI"],
        }),
        row("cross_selling.data_center", "Data Center Service", undefined, {
          aliases: ["Data Center"],
        }),
      ],
      {
        "cross_selling.value_added": ["69.7%", "70.6%"],
        "cross_selling.systems_integration": ["49.2%", "58.2%"],
        "cross_selling.data_center": ["30.4%", "35.3%"],
      }
    ),
  ],
  reconciliations: [],
  claims: [],
};
