import type { CellHighlight } from "../../../src/core/layout/CellHighlight";
import { type Expr, op } from "../../../src/core/layout/formula/Expr";
import { groupHighlightAreas } from "../../../src/core/layout/groupHighlightAreas";
import { groupHighlights } from "../../../src/core/layout/groupHighlights";

/** A cell whose rule reads the cell to its left (relative) and row `base` of that column (fixed). */
function shareCell(row: number, column: number, base: number): CellHighlight {
  const left = (r: number, fixedRow: boolean): Expr => ({
    kind: "cell",
    cell: { sheet: "S", row: r, column: column - 1, fixedRow },
  });
  return {
    sheet: "S",
    row,
    column,
    severity: "major",
    rule: "share",
    expr: op(left(row, false), ">", left(base, true)),
  };
}

/** Two blocks of 3 rows (bases in rows 3 and 7) in share columns C and E. */
const CELLS: ReadonlyArray<CellHighlight> = [2, 4].flatMap((column) => [
  ...[0, 1, 2].map((row) => shareCell(row, column, 3)),
  ...[4, 5, 6].map((row) => shareCell(row, column, 7)),
]);

describe("groupHighlightAreas", () => {
  it("joins the rectangles of one formula into one rule, written for the first area's top-left cell", () => {
    const rules = groupHighlightAreas(CELLS).get("S");
    expect(rules?.map((r) => [r.range, r.formula])).toEqual([
      ["C1:C3,E1:E3", "B1>B$4"],
      ["C5:C7,E5:E7", "B5>B$8"],
    ]);
  });

  it("gives each rectangle its own rule with no room for a second area, as groupHighlights", () => {
    const one = groupHighlightAreas(CELLS, 0).get("S") ?? [];
    expect(one.map((r) => r.range)).toEqual(["C1:C3", "E1:E3", "C5:C7", "E5:E7"]);
    expect(new Set(one.map((r) => r.range))).toEqual(
      new Set((groupHighlights(CELLS).get("S") ?? []).map((r) => r.range))
    );
  });

  it("starts another rule when the address would pass the limit", () => {
    const rules = groupHighlightAreas(CELLS, "C1:C3,E1:E3".length - 1).get("S") ?? [];
    expect(rules.map((r) => r.range)).toEqual(["C1:C3", "E1:E3", "C5:C7", "E5:E7"]);
    expect(rules.map((r) => r.formula)).toEqual(["B1>B$4", "D1>D$4", "B5>B$8", "D5>D$8"]);
  });

  it("never puts an area left of a rule's first area in that rule", () => {
    // Same relative formula in C2 and, a row lower, in B3: B3 is left of C2, so it is not in C2's rule.
    const cells = [shareCell(1, 2, 9), shareCell(2, 1, 9)];
    const rules = groupHighlightAreas(cells).get("S") ?? [];
    expect(rules.map((r) => r.range)).toEqual(["C2", "B3"]);
  });
});
