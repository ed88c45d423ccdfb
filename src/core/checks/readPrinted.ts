import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import { CELL, emptyReadings, type Readings } from "./Readings";

/**
 * One edition's printed figures of every table of the dataset, read once into typed arrays
 * numbered as the rules number the tables' cells (`base[t] + row · columns + column`): one
 * lookup per row, then the row's figures by position. The engine's only pass over the
 * dataset's figure objects.
 *
 * @param index - the dataset index
 * @param edition - the edition to read
 * @param base - per table, the number of its first cell (`CellSpace.base`)
 * @param size - how many cells the tables hold in all
 * @returns the readings, or undefined when no table is printed in the edition
 * @example
 * readPrinted(index, "en", compileRules(index).cells.base, compileRules(index).cells.dense)?.value.includes(13036439) //=> true
 */
export function readPrinted(
  index: DatasetIndex,
  edition: Edition,
  base: Int32Array,
  size: number
): Readings | undefined {
  const tables = index.dataset.tables;
  if (!tables.some((table) => table.figures[edition] !== undefined)) {
    return undefined;
  }
  const readings = emptyReadings(size);
  const { state, value, decimals } = readings;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    const figures = table.figures[edition];
    if (figures === undefined) {
      continue;
    }
    const rows = table.rows;
    const columns = table.columns.length;
    for (let r = 0, cell = base[t]; r < rows.length; r++, cell += columns) {
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
        // storeFigure, written out: this loop reads every figure of the dataset.
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
  return readings;
}
