import type { DatasetIndex } from "../model/DatasetIndex";
import type { CellRef } from "../model/CellRef";
import type { Unit } from "../model/Unit";

/**
 * The unit of one cell: a row's own unit (per-share rows are in yen) or its column's;
 * share, change and rate columns are in percent.
 *
 * @param index - the dataset index
 * @param ref - the cell
 * @returns its unit, or null when the cell does not exist
 * @example
 * cellUnit(index, { table: "operations_quarterly", item: "revenues.total", column: "usd_4Q02" }) //=> "USD thousands"
 */
export function cellUnit(index: DatasetIndex, ref: CellRef): Unit | null {
  const table = index.tables.get(ref.table);
  const position = index.columnPositions.get(`${ref.table}|${ref.column}`);
  if (table === undefined || position === undefined) {
    return null;
  }
  const column = table.columns[position];
  switch (column.kind) {
    case "amount":
    case "usd":
      return table.rows.find((r) => r.id === ref.item)?.unit ?? column.unit;
    case "share":
    case "change":
    case "rate":
      return "percent";
  }
}
