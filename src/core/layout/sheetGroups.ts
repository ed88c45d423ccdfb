import type { Table, TableKind } from "../model/Table";

/** Tables shown together on one sheet, under a group id (a table id or a table kind). */
export type SheetGroup = {
  readonly id: string;
  /** The camel-case key part ("operationsQuarterly", "operatingData"). */
  readonly key: string;
  readonly tables: ReadonlyArray<Table>;
};

/** Statements get a sheet per table (quarterly and annual apart); other kinds share one. */
const SHEET_PER_TABLE: ReadonlySet<TableKind> = new Set([
  "operations",
  "balanceSheet",
  "cashFlows",
]);

function camel(id: string): string {
  return id.replace(/[_-]+(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * The sheets the tables go on, in the release's order: one per statement table (the
 * statements of operations and of cash flows each quarterly and annual), one per other kind
 * (operating data Tables 1–4 together; Table 5 with the two reconciliations; cross-selling).
 *
 * @param tables - the tables to lay out, in dataset order
 * @returns the groups, in order of their first table
 * @example
 * sheetGroups(dataset.tables).map((g) => g.id) //=> ["operations_quarterly", "operations_annual", "balance_sheet", …, "operatingData", "nonGaap", "crossSelling"]
 */
export function sheetGroups(tables: ReadonlyArray<Table>): ReadonlyArray<SheetGroup> {
  const groups = new Map<string, { id: string; key: string; tables: Table[] }>();
  for (const table of tables) {
    const id = SHEET_PER_TABLE.has(table.kind) ? table.id : table.kind;
    const group = groups.get(id) ?? { id, key: camel(id), tables: [] };
    group.tables.push(table);
    groups.set(id, group);
  }
  return [...groups.values()];
}
