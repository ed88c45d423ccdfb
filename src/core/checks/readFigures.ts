import type { CompiledRules } from "./CompiledRules";
import { datasetEditionOf } from "./datasetSources";
import type { FigureReading, FigureSource } from "./FigureReading";

/** What a cell holds, as the compiled engine reads it. */
export const CELL = {
  absent: 0,
  /** A finite number. */
  figure: 1,
  /** A nil dash: zero, exactly. */
  nil: 2,
  /** Text, an error, a blank or a number that is not finite: only `evaluateRule` says why. */
  unusable: 3,
} as const;

/**
 * One edition's figures for the cells of a rule set, in typed arrays: `state[cell]` (CELL),
 * `value[cell]` and `decimals[cell]` where the cell holds a figure.
 */
export type Readings = {
  readonly state: Uint8Array;
  readonly value: Float64Array;
  readonly decimals: Int32Array;
};

function storeFigure(
  readings: Readings,
  cell: number,
  value: number | null,
  decimals: number
): void {
  if (value === null) {
    readings.state[cell] = CELL.nil;
  } else {
    readings.state[cell] = Number.isFinite(value) ? CELL.figure : CELL.unusable;
    readings.value[cell] = value;
  }
  readings.decimals[cell] = decimals;
}

function store(readings: Readings, cell: number, reading: FigureReading): void {
  if (reading.kind === "unreadable") {
    readings.state[cell] = CELL.unusable;
  } else if (reading.kind === "figure") {
    storeFigure(readings, cell, reading.value, reading.decimals);
  }
}

/**
 * Reads every cell the rules read, once: the release's own figures straight from its tables
 * when `source` is `datasetSources`' for the same dataset, any other source cell by cell.
 *
 * @param rules - the compiled rules
 * @param source - one edition's figures
 * @returns the readings, by cell
 * @example
 * readFigures(compileRules(index), source).state.includes(CELL.figure) //=> true
 */
export function readFigures(rules: CompiledRules, source: FigureSource): Readings {
  const { dense, extra, used, base } = rules.cells;
  const size = dense + extra.length;
  const readings: Readings = {
    state: new Uint8Array(size),
    value: new Float64Array(size),
    decimals: new Int32Array(size),
  };
  const printed = datasetEditionOf(source);
  if (printed !== undefined && printed.index === rules.index && base.length > 0) {
    rules.index.dataset.tables.forEach((table, t) => {
      const figures = table.figures[printed.edition];
      if (figures === undefined) {
        return;
      }
      const columns = table.columns.length;
      table.rows.forEach((row, r) => {
        const line = figures[row.id];
        for (let c = 0; line !== undefined && c < columns; c++) {
          const figure = line[c];
          if (figure !== undefined && figure !== null) {
            storeFigure(readings, base[t] + r * columns + c, figure.value, figure.decimals);
          }
        }
      });
    });
  } else {
    for (let cell = 0; cell < dense; cell++) {
      if (used[cell] === 1) {
        store(readings, cell, source(rules.ref(cell)));
      }
    }
  }
  extra.forEach((ref, k) => store(readings, dense + k, source(ref)));
  return readings;
}
