import type { CompiledRules } from "./CompiledRules";
import { datasetEditionOf } from "./datasetSources";
import type { FigureReading, FigureSource } from "./FigureReading";
import { CELL, emptyReadings, storeFigure, type Readings } from "./Readings";

function store(readings: Readings, cell: number, reading: FigureReading): void {
  if (reading.kind === "unreadable") {
    readings.state[cell] = CELL.unusable;
  } else if (reading.kind === "figure") {
    storeFigure(readings, cell, reading.value, reading.decimals);
  }
}

/**
 * Reads every cell the rules read, once: the release's own figures as `compileRules` already
 * read them when `source` is `datasetSources`' for the same dataset (shared, not copied, when
 * the rules name no cell outside the tables), any other source cell by cell.
 *
 * @param rules - the compiled rules
 * @param source - one edition's figures
 * @returns the readings, by cell (not to be written: they may be shared)
 * @example
 * readFigures(compileRules(index), source).state.includes(1) //=> true
 */
export function readFigures(rules: CompiledRules, source: FigureSource): Readings {
  const { dense, extra, used, base } = rules.cells;
  const size = dense + extra.length;
  const printed = datasetEditionOf(source);
  if (printed !== undefined && printed.index === rules.index && base.length > 0) {
    const tables = rules.printed[printed.edition];
    if (tables !== undefined && extra.length === 0) {
      return tables;
    }
    const readings = emptyReadings(size);
    if (tables !== undefined) {
      readings.state.set(tables.state);
      readings.value.set(tables.value);
      readings.decimals.set(tables.decimals);
    }
    extra.forEach((ref, k) => store(readings, dense + k, source(ref)));
    return readings;
  }
  const readings = emptyReadings(size);
  for (let cell = 0; cell < dense; cell++) {
    if (used[cell] === 1) {
      store(readings, cell, source(rules.ref(cell)));
    }
  }
  extra.forEach((ref, k) => store(readings, dense + k, source(ref)));
  return readings;
}
