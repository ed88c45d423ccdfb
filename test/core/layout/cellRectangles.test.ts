import fc from "fast-check";
import { cellRectangles, type LaneCells } from "../../../src/core/layout/highlightRectangles";

/** Cells of a small sheet, some twice, in any order; each stands for the order it was added in. */
const lanes: fc.Arbitrary<LaneCells<number>> = fc
  .array(fc.tuple(fc.nat(12), fc.nat(8)), { maxLength: 120 })
  .map((cells) => ({
    rows: cells.map(([r]) => r),
    columns: cells.map(([, c]) => c),
    of: cells.map((_, i) => i),
  }));

const at = (row: number, column: number): string => `${row},${column}`;

describe("cellRectangles", () => {
  it("covers each cell once, with maximal row runs stacked, each standing for its top-left cell's last addition", () => {
    fc.assert(
      fc.property(lanes, (lane) => {
        const cells = new Set(lane.rows.map((r, i) => at(r, lane.columns[i])));
        const lastAdded = new Map(lane.rows.map((r, i) => [at(r, lane.columns[i]), i]));
        const rectangles = cellRectangles(lane);
        const covered: string[] = [];
        for (const { top, bottom, left, right, first } of rectangles) {
          expect(first).toBe(lastAdded.get(at(top, left)));
          for (let r = top; r <= bottom; r++) {
            // Each row of a rectangle is a whole run of the row's cells.
            expect(cells.has(at(r, left - 1))).toBe(false);
            expect(cells.has(at(r, right + 1))).toBe(false);
            for (let c = left; c <= right; c++) {
              covered.push(at(r, c));
            }
          }
        }
        expect(covered.sort()).toEqual([...cells].sort());
        // Runs of equal span on consecutive rows are one rectangle.
        const spans = new Set(rectangles.map((r) => `${r.top}:${r.left}-${r.right}`));
        expect(rectangles.filter((r) => spans.has(`${r.bottom + 1}:${r.left}-${r.right}`))).toEqual(
          []
        );
      })
    );
  });

  it("gives the same rectangles whatever order the cells come in", () => {
    fc.assert(
      fc.property(lanes, (lane) => {
        const order = lane.rows.map((_, i) => i).reverse();
        const reversed = {
          rows: order.map((i) => lane.rows[i]),
          columns: order.map((i) => lane.columns[i]),
          of: order.map((i) => lane.of[i]),
        };
        const shape = (l: LaneCells<number>) =>
          cellRectangles(l)
            .map((r) => `${r.top}:${r.bottom}:${r.left}:${r.right}`)
            .sort();
        expect(shape(reversed)).toEqual(shape(lane));
      })
    );
  });
});
