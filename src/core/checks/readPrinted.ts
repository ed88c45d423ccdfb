import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import { emptyReadings, type Readings } from "./Readings";

/**
 * One edition's printed figures of every table of the dataset, numbered as the rules number
 * the tables' cells (`base[t] + row · columns + column`): each table's typed arrays, which the
 * index holds in the same order (`DatasetIndex.printed`), copied in at the table's first cell.
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
  const printed = index.printed;
  if (!printed.some((table) => table[edition] !== undefined)) {
    return undefined;
  }
  const readings = emptyReadings(size);
  for (let t = 0; t < printed.length; t++) {
    const table = printed[t][edition];
    if (table !== undefined) {
      readings.state.set(table.state, base[t]);
      readings.value.set(table.value, base[t]);
      readings.decimals.set(table.decimals, base[t]);
    }
  }
  return readings;
}
