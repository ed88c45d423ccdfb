import type { Dataset } from "./Dataset";
import type { AmountPlacement, DatasetIndex, ItemPlacement } from "./DatasetIndex";
import { normalizeName } from "./normalizeName";
import { readTableRows } from "./readTableRows";
import { datasetPrinted } from "./datasetPrinted";

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}

function pushUnique(map: Map<string, string[]>, key: string, value: string): void {
  if (key === "") {
    return;
  }
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else if (!list.includes(value)) {
    list.push(value);
  }
}

/**
 * Indexes the dataset once so that every later question is a map lookup.
 *
 * @param dataset - the validated dataset
 * @returns the index
 * @example
 * buildIndex(dataset).items.get("revenues.total")?.length //=> 2
 */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const tables = new Map(dataset.tables.map((t) => [t.id, t] as const));
  const periods = new Map(dataset.periods.map((p) => [p.id, p] as const));
  const items = new Map<string, ItemPlacement[]>();
  const names = new Map<string, string[]>();
  const columnPositions = new Map<string, number>();
  const amounts = new Map<string, AmountPlacement[]>();
  for (const table of dataset.tables) {
    table.columns.forEach((column, i) => columnPositions.set(`${table.id}|${column.id}`, i));
    for (const row of table.rows) {
      if (row.role === "heading") {
        continue;
      }
      push(items, row.id, { table, row });
      for (const name of [row.id, row.label.en, row.label.ja ?? "", ...(row.aliases ?? [])]) {
        pushUnique(names, normalizeName(name), row.id);
      }
      table.columns.forEach((column, columnIndex) => {
        if (column.kind === "amount" || column.kind === "rate") {
          push(amounts, `${row.id}|${column.period}`, { table, row, columnIndex });
        }
      });
    }
  }
  for (const [id, standard] of Object.entries(dataset.standardNames ?? {})) {
    for (const name of [...standard.en, ...standard.ja]) {
      pushUnique(names, normalizeName(name), id);
    }
  }
  const printed = datasetPrinted(dataset.tables);
  const rows = dataset.tables.map(readTableRows);
  return { dataset, tables, periods, items, names, columnPositions, amounts, printed, rows };
}
