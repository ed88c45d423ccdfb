import type { Table } from "./Table";
import { ROW, type TableRows } from "./TableRows";

/**
 * A table's rows as typed arrays (`TableRows`). A child is looked for where the one before it
 * ended (children usually follow one another), else by id (the last row of that id).
 *
 * @param table - the table
 * @returns its rows' flags and children
 * @example
 * readTableRows(index.dataset.tables[0]).flags.length === index.dataset.tables[0].rows.length //=> true
 */
export function readTableRows(table: Table): TableRows {
  const rows = table.rows;
  const flags = new Uint8Array(rows.length);
  const childStart = new Int32Array(rows.length + 1);
  let children = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    flags[r] =
      (row.role === "heading" ? ROW.heading : 0) |
      (row.checked === false ? ROW.unchecked : 0) |
      (row.shareBase !== undefined ? ROW.ownBase : 0) |
      (row.children !== undefined ? ROW.children : 0) |
      (row.unit !== undefined ? ROW.ownUnit : 0);
    childStart[r] = children;
    children += row.children?.length ?? 0;
  }
  childStart[rows.length] = children;
  const childRow = new Int32Array(children);
  const childSign = new Int8Array(children);
  let byId: Map<string, number> | undefined;
  for (let r = 0; r < rows.length; r++) {
    const list = rows[r].children;
    if (list === undefined) {
      continue;
    }
    let guess = r - list.length;
    for (let j = 0, k = childStart[r]; j < list.length; j++, k++) {
      const item = list[j].item;
      let found: number | undefined;
      if (guess >= 0 && guess < rows.length && rows[guess].id === item) {
        found = guess;
      } else {
        byId ??= new Map(rows.map((row, i) => [row.id, i] as const));
        found = byId.get(item);
      }
      guess = (found ?? guess) + 1;
      childRow[k] = found ?? -1;
      childSign[k] = list[j].sign;
    }
  }
  return { flags, childStart, childRow, childSign };
}
