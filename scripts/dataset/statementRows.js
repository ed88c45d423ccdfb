/**
 * Rows of the three statements (operations, balance sheet, cash flows): ids, roles, levels,
 * children with signs, aliases. The same ids serve the quarterly and the annual twins.
 */

const Q = ["4Q02", "3Q02", "4Q01"];

function plus(...items) {
  return items.map((item) => ({ item, sign: 1 }));
}

function row(id, role, level, extra = {}) {
  return Object.assign({ id, role, level }, extra);
}

const operationsRows = [
  row("revenues", "heading", 0),
  row("revenues.connectivity_vas", "heading", 1),
  row("revenues.dedicated_access", "item", 2, { aliases: ["Dedicated access revenue"] }),
  row("revenues.dialup_access", "item", 2, { aliases: ["Dial-up access revenue"] }),
  row("revenues.value_added", "item", 2, { aliases: ["VAS", "Value-added services revenue"] }),
  row("revenues.other_connectivity", "item", 2),
  row("revenues.connectivity_vas_total", "subtotal", 1, {
    aliases: ["Connectivity and VAS revenue"],
    children: plus(
      "revenues.dedicated_access",
      "revenues.dialup_access",
      "revenues.value_added",
      "revenues.other_connectivity"
    ),
  }),
  row("revenues.systems_integration", "item", 1, { aliases: ["SI", "SI revenue"] }),
  row("revenues.equipment_sales", "item", 1),
  row("revenues.total", "total", 0, {
    aliases: ["Revenues", "Revenue", "売上高"],
    children: plus(
      "revenues.connectivity_vas_total",
      "revenues.systems_integration",
      "revenues.equipment_sales"
    ),
  }),
  row("costs", "heading", 0),
  row("costs.connectivity_vas", "item", 1, { aliases: ["Cost of VAS"] }),
  row("costs.systems_integration", "item", 1, { aliases: ["Cost of SI"] }),
  row("costs.equipment_sales", "item", 1),
  row("costs.total_costs", "subtotal", 1, {
    aliases: ["Cost of revenues", "Cost of total revenues"],
    children: plus("costs.connectivity_vas", "costs.systems_integration", "costs.equipment_sales"),
  }),
  row("expenses.sales_marketing", "item", 1, { aliases: ["S&M"] }),
  row("expenses.general_administrative", "item", 1, { aliases: ["G&A"] }),
  row("expenses.research_development", "item", 1, { aliases: ["R&D"] }),
  row("costs.total", "total", 0, {
    children: plus(
      "costs.total_costs",
      "expenses.sales_marketing",
      "expenses.general_administrative",
      "expenses.research_development"
    ),
  }),
  row("operating_income", "total", 0, {
    aliases: ["Operating loss", "営業損失"],
    children: [
      { item: "revenues.total", sign: 1 },
      { item: "costs.total", sign: -1 },
    ],
  }),
  row("other_expenses", "item", 0),
  row("loss_before_tax", "total", 0, { children: plus("operating_income", "other_expenses") }),
  row("income_tax", "item", 0),
  row("minority_interests", "item", 0),
  row("equity_method_loss", "item", 0),
  row("net_loss", "total", 0, {
    children: [
      { item: "loss_before_tax", sign: 1 },
      { item: "income_tax", sign: -1 },
      { item: "minority_interests", sign: 1 },
      { item: "equity_method_loss", sign: 1 },
    ],
  }),
  row("per_share.net_loss", "item", 0, { unit: "JPY", checked: false }),
  row("per_ads.net_loss", "item", 0, { unit: "JPY", checked: false }),
  row("shares.weighted_average", "item", 0, { unit: "shares", checked: false }),
  row("ads.weighted_average", "item", 0, { unit: "ADS", checked: false }),
];

const LE = "liabilities_equity.total";
const balanceRows = [
  row("assets", "heading", 0),
  row("assets.current", "heading", 1),
  row("assets.cash", "item", 2, { aliases: ["Cash and cash equivalents"] }),
  row("assets.accounts_receivable", "item", 2),
  row("assets.inventories", "item", 2),
  row("assets.prepaid_expenses", "item", 2),
  row("assets.other_current", "item", 2),
  row("assets.current_total", "subtotal", 1, {
    children: plus(
      "assets.cash",
      "assets.accounts_receivable",
      "assets.inventories",
      "assets.prepaid_expenses",
      "assets.other_current"
    ),
  }),
  row("assets.equity_method_investments", "item", 1),
  row("assets.other_investments", "item", 1),
  row("assets.property_equipment", "item", 1),
  row("assets.restricted_cash", "item", 1),
  row("assets.guarantee_deposits", "item", 1),
  row("assets.other", "item", 1),
  row("assets.total", "total", 0, {
    children: plus(
      "assets.current_total",
      "assets.equity_method_investments",
      "assets.other_investments",
      "assets.property_equipment",
      "assets.restricted_cash",
      "assets.guarantee_deposits",
      "assets.other"
    ),
  }),
  row("liabilities_equity", "heading", 0),
  row("liabilities.current", "heading", 1),
  row("liabilities.short_term_borrowings", "item", 2),
  row("liabilities.accounts_payable", "item", 2),
  row("liabilities.accrued_expenses", "item", 2),
  row("liabilities.other_current", "item", 2),
  row("liabilities.long_term_borrowings_current", "item", 2),
  row("liabilities.capital_leases_current", "item", 2),
  row("liabilities.current_total", "subtotal", 1, {
    children: plus(
      "liabilities.short_term_borrowings",
      "liabilities.accounts_payable",
      "liabilities.accrued_expenses",
      "liabilities.other_current",
      "liabilities.long_term_borrowings_current",
      "liabilities.capital_leases_current"
    ),
  }),
  row("liabilities.long_term_borrowings", "item", 1),
  row("liabilities.convertible_notes", "item", 1),
  row("liabilities.capital_leases_noncurrent", "item", 1),
  row("liabilities.retirement_pension", "item", 1),
  row("liabilities.other_noncurrent", "item", 1),
  row("liabilities.total", "subtotal", 1, {
    children: plus(
      "liabilities.current_total",
      "liabilities.long_term_borrowings",
      "liabilities.convertible_notes",
      "liabilities.capital_leases_noncurrent",
      "liabilities.retirement_pension",
      "liabilities.other_noncurrent"
    ),
  }),
  row("minority_interest", "item", 1),
  row("equity", "heading", 1),
  row("equity.common_stock", "item", 2),
  row("equity.additional_paid_in_capital", "item", 2, { aliases: ["APIC"] }),
  row("equity.accumulated_deficit", "item", 2),
  row("equity.accumulated_oci", "item", 2, { aliases: ["AOCI"] }),
  row("equity.total", "subtotal", 1, {
    children: plus(
      "equity.common_stock",
      "equity.additional_paid_in_capital",
      "equity.accumulated_deficit",
      "equity.accumulated_oci"
    ),
  }),
  row(LE, "total", 0, {
    children: plus("liabilities.total", "minority_interest", "equity.total"),
  }),
].map((r) =>
  r.role !== "heading" &&
  (r.id.startsWith("liabilities") || r.id.startsWith("equity") || r.id === "minority_interest")
    ? Object.assign({}, r, { shareBase: LE })
    : r
);

function cashFlowRows(annual) {
  const investing = [
    "investing.purchase_property",
    "investing.sale_leaseback",
    "investing.equity_method_investments",
    "investing.other_investments",
    ...(annual ? ["investing.restricted_cash"] : []),
    "investing.guarantee_deposits",
    "investing.other",
  ];
  const financing = [
    "financing.long_term_borrowings_proceeds",
    "financing.long_term_borrowings_repayments",
    "financing.capital_lease_payments",
    "financing.short_term_borrowings_net",
    ...(annual ? ["financing.subsidiary_stock"] : []),
  ];
  const operating = [
    "operating.net_loss",
    "operating.depreciation_amortization",
    "operating.equity_method_loss",
    "operating.minority_interests",
    "operating.fx_losses",
    "operating.investment_losses",
    "operating.accounts_receivable",
    "operating.accounts_payable",
    "operating.inventories",
    "operating.deferred_taxes",
    "operating.other",
  ];
  const aliases = { "investing.purchase_property": ["Purchase of property and equipment"] };
  const items = (ids) =>
    ids.map((id) => row(id, "item", 1, aliases[id] ? { aliases: aliases[id] } : {}));
  return [
    row("operating", "heading", 0),
    ...items(operating),
    row("operating.total", "subtotal", 1, {
      aliases: ["Operating cash flow"],
      children: plus(...operating),
    }),
    row("investing", "heading", 0),
    ...items(investing),
    row("investing.total", "subtotal", 1, { children: plus(...investing) }),
    row("financing", "heading", 0),
    ...items(financing),
    row("financing.total", "subtotal", 1, { children: plus(...financing) }),
    row("fx_effect", "item", 0),
    row("net_change", "total", 0, {
      children: plus("operating.total", "investing.total", "financing.total", "fx_effect"),
    }),
    row("cash_beginning", "item", 0),
    row("cash_end", "total", 0, { children: plus("cash_beginning", "net_change") }),
  ];
}

module.exports = { Q, plus, row, operationsRows, balanceRows, cashFlowRows };
