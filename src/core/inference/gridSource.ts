import type { FigureReading, FigureSource } from "../checks/FigureReading";
import type { CellRef } from "../model/CellRef";
import type { TableGrid } from "./TableGrid";

/**
 * The cell of a grid a rule names: the table's id, and the zero-based grid row and column as
 * `item` and `column`.
 *
 * @param table - the table's id
 * @param row - zero-based grid row
 * @param column - zero-based grid column
 * @returns the reference
 * @example
 * gridRef("T1", 11, 2) //=> { table: "T1", item: "11", column: "2" }
 */
export function gridRef(table: string, row: number, column: number): CellRef {
  return { table, item: String(row), column: String(column) };
}

/**
 * The figures of a table as the engine's rules read them, so a grid is checked with the same
 * intervals and verdicts as the release: a figure, a nil dash, or a cell that cannot be read.
 *
 * @param table - the table, read
 * @returns the figure source
 * @example
 * gridSource(table)(gridRef("T1", 11, 2)) //=> { kind: "figure", value: 7.2, decimals: 1, text: "7.2" }
 */
export function gridSource(table: TableGrid): FigureSource {
  return (ref: CellRef): FigureReading => {
    const cell = table.cell(Number(ref.item), Number(ref.column));
    switch (cell.kind) {
      case "blank":
        return { kind: "unreadable", reason: { kind: "blank" } };
      case "text":
        return { kind: "unreadable", reason: { kind: "text", text: cell.text } };
      case "figure":
        return { kind: "figure", value: cell.value, decimals: cell.decimals, text: cell.text };
    }
  };
}
