import fc from "fast-check";
import { checkGrid, type GridCheck } from "../../../src/core/inference/checkGrid";
import { statementArbitrary, statementGrid } from "./statementGrid";

function describeInferred(check: GridCheck): string[] {
  return check.relations
    .map((r) => {
      switch (r.kind) {
        case "share":
          return `share ${r.column} of ${r.of} over ${r.blocks.map((b) => `${b.base}:${b.from}-${b.to}`).join(" ")}`;
        case "change":
          return `change ${r.column} = ${r.current} / ${r.prior}`;
        case "footing":
          return `footing ${r.row} = ${r.terms.join("+")}`;
      }
    })
    .sort();
}

describe("inference on random statements", () => {
  it("finds exactly the relations a statement was built with, and no finding, once it is rounded", () => {
    fc.assert(
      fc.property(statementArbitrary, (statement) => {
        const { grid, expected } = statementGrid(statement);
        const check = checkGrid(grid, "round");
        expect(describeInferred(check)).toEqual(expected);
        expect(check.findings).toEqual([]);
        expect(check.unread).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });

  it("flags as major a reported percentage moved by two or more units of its last digit", () => {
    fc.assert(
      fc.property(
        statementArbitrary,
        fc.nat(),
        fc.integer({ min: 2, max: 400 }),
        fc.boolean(),
        (statement, pick, units, up) => {
          const { grid, percentCells } = statementGrid(statement);
          const [row, column] = percentCells[pick % percentCells.length].split(",").map(Number);
          const text = grid[row][column].text;
          const negative = text.startsWith("(");
          const sign = text.includes("%") ? "%" : "";
          const value = (negative ? -1 : 1) * Number(text.replace(/[()%]/g, ""));
          const moved = value + (up ? units : -units) / 10;
          const printed = Math.abs(moved).toFixed(1) + sign;
          grid[row][column] = {
            text: moved < 0 && Number(printed.replace("%", "")) !== 0 ? `(${printed})` : printed,
          };
          const check = checkGrid(grid, "round");
          const flagged = check.findings.filter(
            (f) => f.where.item === String(row) && f.where.column === String(column)
          );
          expect(flagged.map((f) => f.severity)).toEqual(["major"]);
          expect(check.findings).toHaveLength(1);
        }
      ),
      { numRuns: 150 }
    );
  });
});
