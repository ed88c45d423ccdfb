import type { PlacedCell } from "../layout/WorkbookPlan";
import { formatDecimals, type DisplayedPrecision } from "./formatDecimals";
import { gridAddress, type GridOrigin } from "./GridAddress";
import type { Grid } from "./GridCell";
import { readGridCell } from "./readGridCell";

/** A grid's figures as highlight formulas read them: stored numbers only, each read once. */
export type GridFigures = {
  /**
   * What a formula needs of a cell, as a small number: −1 when no formula can read it (empty,
   * text, or not a finite stored number), else `decimals × 2 + 1` for a percentage (a fraction
   * in the cell) and `decimals × 2` for an amount. Two cells of equal codes give equal formulas.
   */
  readonly code: (row: number, column: number) => number;
  /** The cell as a placed figure for `ruleFormula`, or undefined when its code is −1. */
  readonly place: (row: number, column: number) => PlacedCell | undefined;
};

/**
 * Reads a grid's cells for its highlight formulas, lazily and once each. A figure that is text
 * in the cell (not a stored number) gets no formula: Excel could not compute with it. The
 * decimals are those the cell displays (`readGridCell`); a number format is parsed once however
 * many cells share it.
 *
 * @param grid - the cells as read from the sheet
 * @param origin - where the grid's top-left cell is on the sheet
 * @param sheet - the sheet's name
 * @returns the codes and placed cells
 * @example
 * gridFigures([[{ text: "7.2%", number: 0.072, format: "0.0%" }]], { row: 0, column: 0 }, "S").code(0, 0) //=> 3
 */
export function gridFigures(grid: Grid, origin: GridOrigin, sheet: string): GridFigures {
  const at = gridAddress(origin);
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  // −2: not read yet.
  const codes = new Int32Array(grid.length * width).fill(-2);
  const formats = new Map<string, DisplayedPrecision | null>();
  const precisionOf = (format: string): DisplayedPrecision | null => {
    let known = formats.get(format);
    if (known === undefined) {
      known = formatDecimals(format);
      formats.set(format, known);
    }
    return known;
  };
  const read = (r: number, c: number): number => {
    const cell = grid[r][c];
    if (cell === null || cell === undefined || cell.number === undefined) {
      return -1;
    }
    if (!Number.isFinite(cell.number)) {
      return -1;
    }
    const precision = cell.format === undefined ? null : precisionOf(cell.format);
    // Without a format's decimals, the value's own (General); readGridCell says which.
    const reading = precision === null ? readGridCell(cell) : null;
    const decimals = reading?.kind === "figure" ? reading.decimals : (precision?.decimals ?? 0);
    return decimals * 2 + (precision?.percent === true ? 1 : 0);
  };
  const code = (r: number, c: number): number => {
    if (r < 0 || r >= grid.length || c < 0 || c >= width) {
      return -1;
    }
    const i = r * width + c;
    if (codes[i] === -2) {
      codes[i] = read(r, c);
    }
    return codes[i];
  };
  const place = (r: number, c: number): PlacedCell | undefined => {
    const known = code(r, c);
    return known < 0
      ? undefined
      : {
          edition: "en",
          ref: { table: "", item: String(r), column: String(c) },
          sheet,
          address: at.cell(r, c),
          row: origin.row + r,
          column: origin.column + c,
          storage: known % 2 === 1 ? "percent" : "amount",
          decimals: known >> 1,
        };
  };
  return { code, place };
}
