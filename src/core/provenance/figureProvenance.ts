import type { Edition } from "../model/Edition";
import type { Table } from "../model/Table";
import { columnHeader } from "./columnHeader";
import type { Provenance } from "./Provenance";
import { sectionOf } from "./sectionOf";

/**
 * Where one cell of a table is printed in one edition.
 *
 * @param table - the table
 * @param rowIndex - the row's position
 * @param columnIndex - the column's position
 * @param edition - the edition
 * @returns the section, row label, column header and line
 * @example
 * figureProvenance(operationsQuarterly, 4, 1, "en").line //=> 604
 */
export function figureProvenance(
  table: Table,
  rowIndex: number,
  columnIndex: number,
  edition: Edition
): Provenance {
  const row = table.rows[rowIndex];
  return {
    section: sectionOf(table),
    row: row === undefined ? "" : (row.label[edition] ?? row.label.en),
    column: columnHeader(table, edition, columnIndex),
    line: table.lines?.[edition]?.[rowIndex],
  };
}
