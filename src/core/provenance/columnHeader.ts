import type { Edition } from "../model/Edition";
import type { Table } from "../model/Table";

/** Footnote markers a header carries ("USD (1)", "USD ⁽¹⁾"): not part of what the column is. */
const FOOTNOTE = /\s*(\(\d\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾)/g;

/**
 * A column's header as one edition prints it: the cells above the column in the last two header
 * lines, read top down. A header cell left empty under a spanning date takes the date printed to
 * its left while that date is the column's own period ("Mar 31, 2003" spans USD, JPY and %).
 *
 * @param table - the table
 * @param edition - the edition
 * @param columnIndex - the column's position
 * @returns the header, or the column's id when the edition prints no header
 * @example
 * columnHeader(operationsQuarterly, "en", 1) //=> "Mar 31, 2003 JPY"
 */
export function columnHeader(table: Table, edition: Edition, columnIndex: number): string {
  const lines = table.headers[edition] ?? [];
  const period = (i: number): string | undefined => table.columns[i]?.period;
  const parts = lines.slice(-2).map((cells, l, used) => {
    if (cells[columnIndex] !== "" || l === used.length - 1) {
      return cells[columnIndex] ?? "";
    }
    for (let i = columnIndex - 1; i >= 0 && period(i) === period(columnIndex); i -= 1) {
      if (cells[i] !== "") {
        return cells[i];
      }
    }
    return "";
  });
  const header = parts
    .map((part) => part.replace(FOOTNOTE, "").trim())
    .filter((part) => part !== "")
    .join(" ");
  return header === "" ? (table.columns[columnIndex]?.id ?? "") : header;
}
