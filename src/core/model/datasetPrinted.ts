import type { Table, TableFigures } from "./Table";
import { CELL, type DatasetPrinted, type PrintedColumns } from "./PrintedColumns";
import type { Edition } from "./Edition";

/**
 * The dataset's figures in each edition that prints a table, read into typed arrays
 * (`PrintedColumns`): every table in dataset order, each from its first cell (the cells of the
 * tables before it), in row order within it. The numbering is the rules' (`CellSpace`), so the
 * engine reads these arrays as they are, without copying them.
 *
 * @param tables - the dataset's tables
 * @returns its figures per edition that prints any table
 * @example
 * datasetPrinted(index.dataset.tables).en?.value.includes(13036439) //=> true
 */
export function datasetPrinted(tables: ReadonlyArray<Table>): DatasetPrinted {
  let size = 0;
  for (const table of tables) {
    size += table.rows.length * table.columns.length;
  }
  const edition = (e: Edition): PrintedColumns | undefined => {
    if (!tables.some((t) => t.figures[e] !== undefined)) {
      return undefined;
    }
    const printed = {
      state: new Uint8Array(size),
      value: new Float64Array(size),
      decimals: new Int32Array(size),
    };
    let first = 0;
    for (const table of tables) {
      const figures = table.figures[e];
      if (figures !== undefined) {
        readTable(table, figures, printed, first);
      }
      first += table.rows.length * table.columns.length;
    }
    return printed;
  };
  const en = edition("en");
  const ja = edition("ja");
  return { ...(en === undefined ? {} : { en }), ...(ja === undefined ? {} : { ja }) };
}

/** One edition's figures of a table from cell `first`: one lookup per row, then by position. */
function readTable(table: Table, figures: TableFigures, into: PrintedColumns, first: number): void {
  const { state, value, decimals } = into;
  const rows = table.rows;
  const columns = table.columns.length;
  for (let r = 0, cell = first; r < rows.length; r++, cell += columns) {
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
}
