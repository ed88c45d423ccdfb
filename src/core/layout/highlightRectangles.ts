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

/** Rectangles covering the cells (all of one formula in relative terms): row runs stacked. */
function rectangles(cells: ReadonlyArray<CellHighlight>): HighlightRectangle[] {
  // The same formula twice on a cell (two rules alike) highlights it once.
  const unique = new Map(cells.map((c) => [`${c.row}:${c.column}`, c]));
  const sorted = [...unique.values()].sort((x, y) => x.row - y.row || x.column - y.column);
  const done: HighlightRectangle[] = [];
  // Rectangles still growing, by their column span: each ends on the previous row.
  let open = new Map<string, HighlightRectangle>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, HighlightRectangle>();
    while (i < sorted.length && sorted[i].row === row) {
      const first = sorted[i];
      let right = first.column;
      i++;
      while (i < sorted.length && sorted[i].row === row && sorted[i].column === right + 1) {
        right = sorted[i].column;
        i++;
      }
      const span = `${first.column}:${right}`;
      const above = open.get(span);
      if (above !== undefined && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(span);
        next.set(span, above);
      } else {
        next.set(span, { top: row, bottom: row, left: first.column, right, first });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
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
  const lanes = new Map<string, CellHighlight[]>();
  for (const cell of cells) {
    const key = relativeKey(cell.expr, cell.sheet, cell.row, cell.column);
    const lane = `${cell.sheet}\u0000${cell.severity}\u0000${cell.rule}\u0000${key}`;
    const list = lanes.get(lane) ?? [];
    list.push(cell);
    lanes.set(lane, list);
  }
  return [...lanes.values()].map(rectangles);
}
