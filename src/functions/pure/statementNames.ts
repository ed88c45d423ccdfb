import type { DatasetIndex } from "../../core/model/DatasetIndex";
import { normalizeName } from "../../core/model/normalizeName";
import type { TableKind } from "../../core/model/Table";

const KIND_NAMES: Readonly<Record<TableKind, ReadonlyArray<string>>> = {
  operations: [
    "operations",
    "statement of operations",
    "statements of operations",
    "income statement",
    "profit and loss",
    "P&L",
    "PL",
    "損益計算書",
  ],
  balanceSheet: ["balance sheet", "balance sheets", "BS", "貸借対照表"],
  cashFlows: ["cash flows", "cash flow", "statement of cash flows", "CF", "キャッシュフロー計算書"],
  operatingData: ["operating data", "operating statistics"],
  nonGaap: ["non-GAAP", "non-GAAP measures"],
  crossSelling: ["cross-selling", "cross-selling rates"],
};

function add(names: Map<string, string[]>, name: string, id: string): void {
  const key = normalizeName(name);
  if (key === "") {
    return;
  }
  const ids = names.get(key) ?? [];
  if (!ids.includes(id)) {
    ids.push(id);
  }
  names.set(key, ids);
}

/**
 * Every name a user may give a table, normalized, with the table ids it names: the id, the kind
 * (`balance sheet`, `cash flows`, several tables for `operations`), the kind with `quarterly` or
 * `annual`, the English and Japanese titles and where the release prints it (`Table 1`).
 *
 * @param index - the dataset index
 * @returns normalized name → table ids, in dataset order
 * @example
 * statementNames(index).get("cashflowsannual") //=> ["cash_flows_annual"]
 */
export function statementNames(index: DatasetIndex): ReadonlyMap<string, ReadonlyArray<string>> {
  const names = new Map<string, string[]>();
  for (const table of index.dataset.tables) {
    const id = table.id;
    const frequency = /quarterly/.test(id) ? "quarterly" : /annual/.test(id) ? "annual" : "";
    for (const kindName of [table.kind, ...KIND_NAMES[table.kind]]) {
      add(names, kindName, id);
      if (frequency !== "") {
        add(names, `${kindName} ${frequency}`, id);
        add(names, `${frequency} ${kindName}`, id);
      }
    }
    for (const name of [id, table.title.en, table.title.ja, table.source.en, table.source.ja]) {
      if (name !== undefined) {
        add(names, name, id);
      }
    }
  }
  return names;
}
