import type { Table, TableFigures } from "./Table";
import { CELL, type PrintedColumns, type TablePrinted } from "./PrintedColumns";

/**
 * A table's figures in each edition that prints it, read into typed arrays (`PrintedColumns`).
 *
 * @param table - the table
 * @returns its figures per edition, in the table's cell order
 * @example
 * index.dataset.tables.some((t) => tablePrinted(t).en?.value.includes(13036439)) //=> true
 */
export function tablePrinted(table: Table): TablePrinted {
  const { en, ja } = table.figures;
  return {
    ...(en === undefined ? {} : { en: printedColumns(table, en) }),
    ...(ja === undefined ? {} : { ja: printedColumns(table, ja) }),
  };
}

/** One edition's figures of a table: one lookup per row, then the row's figures by position. */
function printedColumns(table: Table, figures: TableFigures): PrintedColumns {
  const rows = table.rows;
  const columns = table.columns.length;
  const size = rows.length * columns;
  const state = new Uint8Array(size);
  const value = new Float64Array(size);
  const decimals = new Int32Array(size);
  for (let r = 0, cell = 0; r < rows.length; r++, cell += columns) {
    const line = figures[rows[r].id];
    if (line === undefined) {
      continue;
    }
    const width = Math.min(columns, line.length);
    for (let c = 0; c < width; c++) {
      const figure = line[c];
      if (figure === undefined || figure === null) {
        continue;
      }
      const x = figure.value;
      if (x === null) {
        state[cell + c] = CELL.nil;
      } else {
        state[cell + c] = Number.isFinite(x) ? CELL.figure : CELL.unusable;
        value[cell + c] = x;
      }
      decimals[cell + c] = figure.decimals;
    }
  }
  return { state, value, decimals };
}
