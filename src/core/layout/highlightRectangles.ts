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

/** Rectangles covering the cells (all of one formula in relative terms): row runs stacked. */
function rectangles<T>(cells: ReadonlyArray<LaneCell<T>>): LaneRectangle<T>[] {
  // The same formula twice on a cell (two rules alike) highlights it once. A number as key:
  // columns stay far below 2^20 (Excel has 16,384), so row and column never collide.
  const unique = new Map(cells.map((c) => [c.row * 1_048_576 + c.column, c]));
  const sorted = [...unique.values()].sort((x, y) => x.row - y.row || x.column - y.column);
  const done: LaneRectangle<T>[] = [];
  // Rectangles still growing, by their column span: each ends on the previous row.
  let open = new Map<number, LaneRectangle<T>>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<number, LaneRectangle<T>>();
    while (i < sorted.length && sorted[i].row === row) {
      const first = sorted[i];
      let right = first.column;
      i++;
      while (i < sorted.length && sorted[i].row === row && sorted[i].column === right + 1) {
        right = sorted[i].column;
        i++;
      }
      const span = first.column * 1_048_576 + right;
      const above = open.get(span);
      if (above !== undefined && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(span);
        next.set(span, above);
      } else {
        next.set(span, { top: row, bottom: row, left: first.column, right, first: first.of });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
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
  const lanes = new Map<string, LaneCell<T>[]>();
  for (const cell of cells) {
    const list = lanes.get(cell.lane);
    if (list === undefined) {
      lanes.set(cell.lane, [cell]);
    } else {
      list.push(cell);
    }
  }
  return [...lanes.values()].map(rectangles);
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
