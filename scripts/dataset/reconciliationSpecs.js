/**
 * The dataset's reconciliations: equalities the release implies across tables and columns.
 * Their bases are this project's own words.
 */

const ref = (table, item, column) => ({ table, item, column });
const Q = ["4Q02", "3Q02", "4Q01"];

function equal(id, total, part, basis, sign = 1) {
  return { id, total, parts: [{ ref: part, sign }], basis };
}

function reconciliations() {
  const out = [];
  const bsColumns = ["usd_2003-03-31", "jpy_2003-03-31", "jpy_2002-03-31", "jpy_2002-12-31"];
  for (const c of bsColumns) {
    out.push(
      equal(
        `balance.identity.${c}`,
        ref("balance_sheet", "assets.total", c),
        ref("balance_sheet", "liabilities_equity.total", c),
        {
          en: "Total assets equal total liabilities, minority interest and equity.",
          ja: "資産合計は負債、少数株主持分及び資本合計に等しい。",
        }
      )
    );
  }
  const opColumn = {
    "4Q02": ["operations_quarterly", "jpy_4Q02"],
    "3Q02": ["operations_quarterly", "jpy_3Q02"],
    "4Q01": ["operations_quarterly", "jpy_4Q01"],
    FY2002: ["operations_annual", "jpy_FY2002"],
    FY2001: ["operations_annual", "jpy_FY2001"],
  };
  for (const p of [...Q, "FY2002", "FY2001"]) {
    const [table, column] = opColumn[p];
    out.push(
      equal(
        `ebitda.operating_income.${p}`,
        ref("ebitda_reconciliation", "ebitda.operating_income", p),
        ref(table, "operating_income", column),
        {
          en: "The EBITDA reconciliation ends at the operating income (loss) of the statement of operations.",
        }
      )
    );
  }
  for (const p of Q) {
    out.push(
      equal(
        `statistics.adjusted_ebitda.${p}`,
        ref("other_statistics", "statistics.adjusted_ebitda", p),
        ref("ebitda_reconciliation", "ebitda.adjusted_ebitda", p),
        { en: "Table 5's Adjusted EBITDA is the one reconciled to operating income." }
      )
    );
  }
  for (const p of Q) {
    out.push(
      equal(
        `statistics.capex.${p}`,
        ref("other_statistics", "statistics.capex", p),
        ref("capex_reconciliation", "capex.capital_expenditures", p),
        {
          en: "Table 5's capital expenditures are the ones reconciled to purchases of property and equipment.",
        }
      )
    );
  }
  for (const p of Q) {
    out.push(
      equal(
        `capex.purchase_property.${p}`,
        ref("capex_reconciliation", "capex.purchase_property", p),
        ref("cash_flows_quarterly", "investing.purchase_property", `jpy_${p}`),
        {
          en: "Purchases of property and equipment in the capex reconciliation are the cash outflow of the cash-flow statement.",
        },
        -1
      )
    );
  }
  for (const p of Q) {
    out.push(
      equal(
        `statistics.depreciation_amortization.${p}`,
        ref("other_statistics", "statistics.depreciation_amortization", p),
        ref("cash_flows_quarterly", "operating.depreciation_amortization", `jpy_${p}`),
        {
          en: "Table 5's depreciation and amortization is the add-back of the cash-flow statement.",
        }
      )
    );
  }
  for (const p of Q) {
    out.push({
      id: `dedicated_access_revenue.${p}`,
      total: ref("operations_quarterly", "revenues.dedicated_access", `jpy_${p}`),
      parts: [
        { ref: ref("dedicated_access_revenue", "dedicated_access_revenue.ip_dc", p), sign: 1 },
        { ref: ref("dedicated_access_revenue", "dedicated_access_revenue.others", p), sign: 1 },
      ],
      basis: {
        en: "Table 2 breaks down dedicated access revenue.",
        ja: "表 2 は専用線接続サービス収入の内訳である。",
      },
    });
  }
  const cashEnd = [
    ["cash_flows_quarterly", "jpy_4Q02", "jpy_2003-03-31"],
    ["cash_flows_quarterly", "jpy_3Q02", "jpy_2002-12-31"],
    ["cash_flows_quarterly", "jpy_4Q01", "jpy_2002-03-31"],
    ["cash_flows_quarterly", "usd_4Q02", "usd_2003-03-31"],
    ["cash_flows_annual", "jpy_FY2002", "jpy_2003-03-31"],
    ["cash_flows_annual", "jpy_FY2001", "jpy_2002-03-31"],
    ["cash_flows_annual", "usd_FY2002", "usd_2003-03-31"],
  ];
  for (const [table, column, bs] of cashEnd) {
    out.push(
      equal(
        `cash_end.${table}.${column}`,
        ref("balance_sheet", "assets.cash", bs),
        ref(table, "cash_end", column),
        {
          en: "Cash at the end of a period is the balance sheet's cash at that date.",
          ja: "期末の現金及び現金同等物は同日の貸借対照表の残高に等しい。",
        }
      )
    );
  }
  out.push(
    equal(
      "cash_beginning.cash_flows_quarterly.jpy_4Q02",
      ref("cash_flows_quarterly", "cash_beginning", "jpy_4Q02"),
      ref("cash_flows_quarterly", "cash_end", "jpy_3Q02"),
      { en: "A quarter begins with the cash the previous quarter ended with." }
    ),
    equal(
      "cash_beginning.cash_flows_annual.jpy_FY2002",
      ref("cash_flows_annual", "cash_beginning", "jpy_FY2002"),
      ref("cash_flows_annual", "cash_end", "jpy_FY2001"),
      { en: "A year begins with the cash the previous year ended with." }
    )
  );
  const twins = [
    [
      "cash_flows_quarterly",
      "operations_quarterly",
      ["usd_4Q02", "jpy_4Q02", "jpy_4Q01", "jpy_3Q02"],
    ],
    ["cash_flows_annual", "operations_annual", ["usd_FY2002", "jpy_FY2002", "jpy_FY2001"]],
  ];
  const links = [
    [
      "operating.net_loss",
      "net_loss",
      1,
      "The cash-flow statement starts from the net loss of the statement of operations.",
    ],
    [
      "operating.equity_method_loss",
      "equity_method_loss",
      -1,
      "The equity-method loss is added back in operating cash flows.",
    ],
    [
      "operating.minority_interests",
      "minority_interests",
      -1,
      "Minority interests are reversed in operating cash flows.",
    ],
  ];
  for (const [cf, ops, columns] of twins) {
    for (const column of columns) {
      for (const [cfItem, opsItem, sign, basis] of links) {
        out.push(
          equal(
            `${cfItem}.${cf}.${column}`,
            ref(cf, cfItem, column),
            ref(ops, opsItem, column),
            { en: basis },
            sign
          )
        );
      }
    }
  }
  return out;
}

module.exports = { reconciliations };
