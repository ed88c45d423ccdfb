/**
 * Tables 1–5, the non-GAAP reconciliations and the cross-selling rates as table specs.
 */
const { Q, plus, row } = require("./statementRows");

function amountColumns(periods, unit) {
  return periods.map((p) => ({ kind: "amount", id: p, period: p, unit }));
}

/** The other tables' specs, in dataset order (see tableSpecs.js for the fields). */
const operatingTables = [
  {
    id: "contracts",
    kind: "operatingData",
    title: { en: "Number of Contracts", ja: "契約数" },
    source: { en: "Table 1", ja: "表 1" },
    unit: "contracts",
    columns: amountColumns(Q, "contracts"),
    rows: [
      row("ip_service", "heading", 0),
      row("contracts.ip_64k_128k", "item", 1),
      row("contracts.ip_192k_768k", "item", 1),
      row("contracts.ip_1m_2m", "item", 1),
      row("contracts.ip_3m_1_2g", "item", 1),
      row("contracts.data_center", "item", 0, { aliases: ["Data center contracts"] }),
      row("contracts.dedicated_others", "item", 0),
      row("contracts.dedicated_total", "total", 0, {
        aliases: ["Dedicated access contracts"],
        children: plus(
          "contracts.ip_64k_128k",
          "contracts.ip_192k_768k",
          "contracts.ip_1m_2m",
          "contracts.ip_3m_1_2g",
          "contracts.data_center",
          "contracts.dedicated_others"
        ),
      }),
      row("contracts.iij4u", "item", 0, { aliases: ["IIJ4U"] }),
      row("contracts.dialup_others", "item", 0),
      row("contracts.dialup_total", "total", 0, {
        aliases: ["Dial-up access contracts"],
        children: plus("contracts.iij4u", "contracts.dialup_others"),
      }),
    ],
    blocks: { ja: [0, 1], en: [12, 13] },
    headerLines: { ja: 1, en: 1 },
    mergedHeading: { en: true },
    notes: [
      {
        en: "Data center connectivity contracts exclude data center housing (hosting) contracts.",
        ja: "データセンター接続サービスの契約数はハウジング(ホスティング)契約を含まない。",
      },
      {
        en: "Other dedicated access contracts: IIJ FiberAccess/F, IIJ Ethernet Standard, IIJ DSL/F, IIJ T1 Standard, IIJ Economy.",
        ja: "専用線接続サービスのその他: IIJ FiberAccess/F、IIJ Ethernet Standard、IIJ DSL/F、IIJ T1 スタンダード、IIJ エコノミー。",
      },
    ],
  },
  {
    id: "dedicated_access_revenue",
    kind: "operatingData",
    title: {
      en: "Revenue Breakdown in Dedicated Access Services",
      ja: "専用線サービスの売上高内訳",
    },
    source: { en: "Table 2", ja: "表 2" },
    unit: "JPY millions",
    columns: amountColumns(Q, "JPY millions"),
    rows: [
      row("dedicated_access_revenue.ip_dc", "item", 0),
      row("dedicated_access_revenue.others", "item", 0),
    ],
    blocks: { ja: [2], en: [14] },
    headerLines: { ja: 1, en: 1 },
  },
  {
    id: "contracted_bandwidth",
    kind: "operatingData",
    title: { en: "Contracted Bandwidth", ja: "契約帯域数の総和" },
    source: { en: "Table 3", ja: "表 3" },
    unit: "Gbps",
    columns: amountColumns(Q, "Gbps"),
    rows: [
      row("bandwidth.dedicated", "item", 0),
      row("bandwidth.data_center", "item", 0),
      row("bandwidth.total", "total", 0, {
        aliases: ["Contracted bandwidth"],
        children: plus("bandwidth.dedicated", "bandwidth.data_center"),
      }),
    ],
    blocks: { ja: [3], en: [15] },
    headerLines: { ja: 1, en: 1 },
  },
  {
    id: "backbone_costs",
    kind: "operatingData",
    title: { en: "Backbone Costs", ja: "バックボーンコスト" },
    source: { en: "Table 4", ja: "表 4" },
    unit: "JPY millions",
    columns: amountColumns(Q, "JPY millions"),
    rows: [
      row("backbone.international", "item", 0, { aliases: ["International backbone"] }),
      row("backbone.domestic", "item", 0, { aliases: ["Domestic backbone"] }),
    ],
    blocks: { ja: [4], en: [16] },
    headerLines: { ja: 1, en: 1 },
  },
  {
    id: "other_statistics",
    kind: "nonGaap",
    title: { en: "Other Financial Statistics", ja: "その他" },
    source: { en: "Table 5", ja: "表 5" },
    unit: "JPY millions",
    columns: amountColumns(Q, "JPY millions"),
    rows: [
      row("statistics.adjusted_ebitda", "item", 0, { aliases: ["EBITDA"] }),
      row("statistics.capex", "item", 0, { aliases: ["CAPEX", "Capital expenditures"] }),
      row("statistics.depreciation_amortization", "item", 0, {
        aliases: ["D&A", "Depreciation and amortization"],
      }),
    ],
    blocks: { ja: [5], en: [17] },
    headerLines: { ja: 1, en: 1 },
  },
  {
    id: "ebitda_reconciliation",
    kind: "nonGaap",
    title: { en: "Reconciliation of Adjusted EBITDA to Operating Income (Loss)" },
    jaTitle: { translated: "償却前営業利益(Adjusted EBITDA)と営業利益(損失)の調整表" },
    source: { en: "Reconciliation of Non-GAAP Financial Measures" },
    unit: "JPY millions",
    columns: amountColumns([...Q, "FY2002", "FY2001"], "JPY millions"),
    rows: [
      row("ebitda.adjusted_ebitda", "item", 0, {
        jaLabel: { table: "other_statistics", item: "statistics.adjusted_ebitda" },
      }),
      row("ebitda.depreciation_amortization", "item", 0, {
        jaLabel: { table: "other_statistics", item: "statistics.depreciation_amortization" },
      }),
      row("ebitda.operating_income", "total", 0, {
        jaLabel: { table: "operations_quarterly", item: "operating_income" },
        children: plus("ebitda.adjusted_ebitda", "ebitda.depreciation_amortization"),
      }),
    ],
    blocks: { en: [18] },
    headerLines: { en: 1 },
    notes: [
      {
        en: "This depreciation and amortization leaves out the amortization of convertible-note issuance costs and of goodwill, which are shown in other expenses; it therefore differs from Table 5's depreciation and amortization.",
      },
    ],
  },
  {
    id: "capex_reconciliation",
    kind: "nonGaap",
    title: { en: "Reconciliation of Capital Expenditures to Purchase of Property and Equipment" },
    jaTitle: { translated: "設備投資と有形固定資産等の取得による支出の調整表" },
    source: { en: "Reconciliation of Non-GAAP Financial Measures" },
    unit: "JPY millions",
    columns: amountColumns(Q, "JPY millions"),
    rows: [
      row("capex.capital_expenditures", "total", 0, {
        jaLabel: { table: "other_statistics", item: "statistics.capex" },
        children: plus("capex.capital_leases", "capex.purchase_property"),
      }),
      row("capex.capital_leases", "item", 0, {
        jaLabel: { translated: "キャピタルリース契約による資産の取得" },
      }),
      row("capex.purchase_property", "item", 0, {
        jaLabel: { table: "cash_flows_quarterly", item: "investing.purchase_property" },
      }),
    ],
    blocks: { en: [19] },
    headerLines: { en: 1 },
  },
  {
    id: "cross_selling",
    kind: "crossSelling",
    title: { en: "Approximate Cross-selling Rates among Top 150 Customers" },
    jaTitle: { translated: "上位150社の顧客におけるクロスセル率(概算)" },
    source: { en: "Cross-selling" },
    unit: "percent",
    columns: [
      { kind: "rate", id: "FY2001", period: "FY2001" },
      { kind: "rate", id: "FY2002", period: "FY2002" },
    ],
    rows: [
      row("cross_selling.value_added", "item", 0, {
        aliases: ["VAS"],
        jaLabel: { table: "operations_quarterly", item: "revenues.value_added" },
      }),
      row("cross_selling.systems_integration", "item", 0, {
        aliases: ["SI"],
        jaLabel: { table: "operations_quarterly", item: "revenues.systems_integration" },
      }),
      row("cross_selling.data_center", "item", 0, {
        aliases: ["Data Center"],
        jaLabel: { translated: "データセンターサービス" },
      }),
    ],
    blocks: { en: [11] },
    headerLines: { en: 2 },
    transposed: { en: true },
    notes: [
      {
        en: "Each rate is the share of Dedicated Access Service customers, among the top 150 customers, who also use the service named by the row.",
      },
    ],
  },
];

module.exports = { operatingTables };
