import type { CellHighlight } from "./CellHighlight";
import { relativeKey } from "./formula/renderFormula";

/** A rectangle of cells that share one formula in relative terms, and its top-left cell's highlight. */
export type HighlightRectangle = {
  top: number;
  bottom: number;
  left: number;
  right: number;
  first: CellHighlight;
};

/** A cell of a lane: where it is, what stands for it, and the lane's key (equal keys, one rule). */
export type LaneCell<T> = {
  readonly row: number;
  readonly column: number;
  readonly lane: string;
  readonly of: T;
};

/** A rectangle of a lane's cells, with what stands for its top-left cell. */
export type LaneRectangle<T> = Omit<HighlightRectangle, "first"> & { first: T };

/** A lane's cells as parallel lists: the i-th cell's row, column and what stands for it. */
export type LaneCells<T> = {
  readonly rows: number[];
  readonly columns: number[];
  readonly of: T[];
};

/**
 * Rectangles covering a lane's cells (all of one formula in relative terms): row runs stacked.
 * The same formula twice on a cell (two rules alike) highlights it once, standing for the last.
 *
 * @param lane - the cells
 * @returns the rectangles, each with what stands for its top-left cell
 */
export function cellRectangles<T>(lane: LaneCells<T>): LaneRectangle<T>[] {
  const { rows, columns, of } = lane;
  const n = rows.length;
  const before = (a: number, b: number): number => rows[a] - rows[b] || columns[a] - columns[b];
  // Cells mostly come in order already (down a column, along a row): sorted only if not.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    sorted = before(i - 1, i) <= 0;
  }
  // Stable: of equal cells, the last added stays last.
  const order = sorted ? null : [...rows.keys()].sort((a, b) => before(a, b) || a - b);
  const cellAt = (i: number): number => (order === null ? i : order[i]);
  const done: LaneRectangle<T>[] = [];
  // Rectangles still growing, by their column span: each ends on the previous row.
  let open = new Map<number, LaneRectangle<T>>();
  let next = new Map<number, LaneRectangle<T>>();
  let i = 0;
  // The last of the cells equal to the i-th, moving i onto it.
  const last = (): number => {
    while (i + 1 < n && before(cellAt(i), cellAt(i + 1)) === 0) {
      i++;
    }
    return cellAt(i);
  };
  while (i < n) {
    const row = rows[cellAt(i)];
    while (i < n && rows[cellAt(i)] === row) {
      const first = last();
      let right = columns[first];
      i++;
      while (i < n && rows[cellAt(i)] === row && columns[cellAt(i)] === right + 1) {
        right = columns[last()];
        i++;
      }
      // A number as key: columns stay far below 2^20 (Excel has 16,384).
      const span = columns[first] * 1_048_576 + right;
      const above = open.get(span);
      if (above !== undefined && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(span);
        next.set(span, above);
      } else {
        next.set(span, { top: row, bottom: row, left: columns[first], right, first: of[first] });
      }
    }
    for (const closed of open.values()) {
      done.push(closed);
    }
    open.clear();
    [open, next] = [next, open];
  }
  for (const closed of open.values()) {
    done.push(closed);
  }
  return done;
}

/**
 * Cells grouped by a key already known for each (their lane), each group as the rectangles it
 * fills: row runs stacked. For a caller that can tell cells' formulas apart without rendering
 * each whole (`gridHighlights`), and builds a highlight only for each rectangle's first cell.
 *
 * @param cells - every cell with its lane's key
 * @returns one list of rectangles per lane, each with what stands for its top-left cell
 */
export function laneRectangles<T>(
  cells: Iterable<LaneCell<T>>
): ReadonlyArray<ReadonlyArray<LaneRectangle<T>>> {
  const lanes = new Map<string, LaneCells<T>>();
  for (const cell of cells) {
    const lane = lanes.get(cell.lane);
    if (lane === undefined) {
      lanes.set(cell.lane, { rows: [cell.row], columns: [cell.column], of: [cell.of] });
    } else {
      lane.rows.push(cell.row);
      lane.columns.push(cell.column);
      lane.of.push(cell.of);
    }
  }
  return [...lanes.values()].map(cellRectangles);
}

/**
 * The cells grouped by what their highlight is (sheet, severity, kind of rule, and formula in
 * relative terms), each group as the rectangles it fills: row runs stacked.
 *
 * @param cells - every checked cell's formula
 * @returns one list of rectangles per group, each rectangle with its top-left cell's highlight
 */
export function highlightRectangles(
  cells: ReadonlyArray<CellHighlight>
): ReadonlyArray<ReadonlyArray<HighlightRectangle>> {
  return laneRectangles(
    cells.map((cell) => {
      const key = relativeKey(cell.expr, cell.sheet, cell.row, cell.column);
      const lane = `${cell.sheet}\u0000${cell.severity}\u0000${cell.rule}\u0000${key}`;
      return { row: cell.row, column: cell.column, lane, of: cell };
    })
  );
}
