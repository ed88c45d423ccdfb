/**
 * The statements (Appendices 1–5) as table specs: columns and where each edition prints them.
 */
const { operationsRows, balanceRows, cashFlowRows } = require("./statementRows");

const quarterlyOperationsColumns = [
  { kind: "usd", id: "usd_4Q02", period: "4Q02", translates: "jpy_4Q02", unit: "USD thousands" },
  { kind: "amount", id: "jpy_4Q02", period: "4Q02", unit: "JPY thousands" },
  { kind: "share", id: "share_4Q02", period: "4Q02", of: "jpy_4Q02", baseItem: "revenues.total" },
  { kind: "amount", id: "jpy_4Q01", period: "4Q01", unit: "JPY thousands" },
  { kind: "share", id: "share_4Q01", period: "4Q01", of: "jpy_4Q01", baseItem: "revenues.total" },
  {
    kind: "change",
    id: "yoy",
    period: "4Q02",
    current: "jpy_4Q02",
    prior: "jpy_4Q01",
    comparison: "yearOverYear",
  },
  { kind: "amount", id: "jpy_3Q02", period: "3Q02", unit: "JPY thousands" },
  { kind: "share", id: "share_3Q02", period: "3Q02", of: "jpy_3Q02", baseItem: "revenues.total" },
  {
    kind: "change",
    id: "qoq",
    period: "4Q02",
    current: "jpy_4Q02",
    prior: "jpy_3Q02",
    comparison: "quarterOverQuarter",
  },
];

const annualOperationsColumns = [
  {
    kind: "usd",
    id: "usd_FY2002",
    period: "FY2002",
    translates: "jpy_FY2002",
    unit: "USD thousands",
  },
  { kind: "amount", id: "jpy_FY2002", period: "FY2002", unit: "JPY thousands" },
  {
    kind: "share",
    id: "share_FY2002",
    period: "FY2002",
    of: "jpy_FY2002",
    baseItem: "revenues.total",
  },
  { kind: "amount", id: "jpy_FY2001", period: "FY2001", unit: "JPY thousands" },
  {
    kind: "share",
    id: "share_FY2001",
    period: "FY2001",
    of: "jpy_FY2001",
    baseItem: "revenues.total",
  },
  {
    kind: "change",
    id: "yoy",
    period: "FY2002",
    current: "jpy_FY2002",
    prior: "jpy_FY2001",
    comparison: "yearOverYear",
  },
];

function bsColumns() {
  const share = (d) => ({
    kind: "share",
    id: `share_${d}`,
    period: d,
    of: `jpy_${d}`,
    baseItem: "assets.total",
  });
  const jpy = (d) => ({ kind: "amount", id: `jpy_${d}`, period: d, unit: "JPY thousands" });
  return [
    {
      kind: "usd",
      id: "usd_2003-03-31",
      period: "2003-03-31",
      translates: "jpy_2003-03-31",
      unit: "USD thousands",
    },
    jpy("2003-03-31"),
    share("2003-03-31"),
    jpy("2002-03-31"),
    share("2002-03-31"),
    jpy("2002-12-31"),
    share("2002-12-31"),
  ];
}

const jpyT = (p) => ({ kind: "amount", id: `jpy_${p}`, period: p, unit: "JPY thousands" });

/** The statements' specs, in dataset order (see tableSpecs.js for the fields). */
const statementTables = [
  {
    id: "operations_quarterly",
    kind: "operations",
    title: { en: "Consolidated Statements of Operations (Quarterly)", ja: "四半期連結損益計算書" },
    source: { en: "Appendix 1", ja: "Appendix 1" },
    unit: "JPY thousands",
    columns: quarterlyOperationsColumns,
    rows: operationsRows,
    blocks: { ja: [6], en: [20] },
    headerLines: { ja: 3, en: 3 },
  },
  {
    id: "operations_annual",
    kind: "operations",
    title: { en: "Consolidated Statements of Operations (Full Year)", ja: "連結損益計算書" },
    source: { en: "Appendix 2", ja: "Appendix 2" },
    unit: "JPY thousands",
    columns: annualOperationsColumns,
    rows: operationsRows,
    blocks: { ja: [7], en: [21] },
    headerLines: { ja: 2, en: 3 },
  },
  {
    id: "balance_sheet",
    kind: "balanceSheet",
    title: { en: "Consolidated Balance Sheets", ja: "四半期連結貸借対照表" },
    source: { en: "Appendix 3", ja: "Appendix 3" },
    unit: "JPY thousands",
    columns: bsColumns(),
    rows: balanceRows,
    blocks: { ja: [8], en: [22] },
    headerLines: { ja: 2, en: 2 },
  },
  {
    id: "cash_flows_quarterly",
    kind: "cashFlows",
    title: {
      en: "Condensed Consolidated Statements of Cash Flows (Quarterly)",
      ja: "四半期連結キャッシュフロー計算書",
    },
    source: { en: "Appendix 4", ja: "Appendix 4" },
    unit: "JPY thousands",
    columns: [
      {
        kind: "usd",
        id: "usd_4Q02",
        period: "4Q02",
        translates: "jpy_4Q02",
        unit: "USD thousands",
      },
      jpyT("4Q02"),
      jpyT("4Q01"),
      jpyT("3Q02"),
    ],
    rows: cashFlowRows(false),
    blocks: { ja: [9], en: [23] },
    headerLines: { ja: 2, en: 2 },
  },
  {
    id: "cash_flows_annual",
    kind: "cashFlows",
    title: {
      en: "Condensed Consolidated Statements of Cash Flows (Full Year)",
      ja: "連結キャッシュフロー計算書",
    },
    source: { en: "Appendix 5", ja: "Appendix 5" },
    unit: "JPY thousands",
    columns: [
      {
        kind: "usd",
        id: "usd_FY2002",
        period: "FY2002",
        translates: "jpy_FY2002",
        unit: "USD thousands",
      },
      jpyT("FY2002"),
      jpyT("FY2001"),
    ],
    rows: cashFlowRows(true),
    blocks: { ja: [10], en: [24] },
    headerLines: { ja: 2, en: 2 },
  },
];

module.exports = { statementTables };
