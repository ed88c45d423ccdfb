import type { Severity } from "../../../src/core/checks/Severity";
import { checkGrid } from "../../../src/core/inference/checkGrid";
import type { GridCell } from "../../../src/core/inference/GridCell";
import { gridHighlights } from "../../../src/core/inference/gridHighlights";
import { a1 } from "../../../src/core/layout/a1";
import { MAX_AREAS_ADDRESS } from "../../../src/core/layout/groupHighlightAreas";
import type { RoundingMode } from "../../../src/core/numbers/RoundingMode";
import { dataset } from "../../../src/data";
import { evaluateFormula } from "../../support/formulaEvaluator";
import { statementCells } from "../../excel/selectionStatement";
import { highlightsByCell } from "./highlightsByCell";
import { renderReleaseGrid } from "./renderReleaseGrid";

const SEVERITIES: ReadonlyArray<Severity> = ["major", "minor"];

function decode(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (m === null) {
    throw new Error(`not a cell: ${address}`);
  }
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** Every cell whose rule is TRUE, as "A1 severity kind", with the grid placed at `origin`. */
function highlighted(
  grid: ReadonlyArray<ReadonlyArray<GridCell>>,
  origin: { row: number; column: number },
  mode: RoundingMode,
  areas = true
): Set<string> {
  const check = checkGrid(grid, mode, origin);
  const rules = gridHighlights(grid, check.relations, origin, "Sheet", mode, SEVERITIES, areas);
  const read = (_sheet: string, r: number, c: number) => {
    const cell = grid[r - origin.row]?.[c - origin.column];
    return cell === undefined || cell === null ? null : (cell.number ?? cell.text);
  };
  const out = new Set<string>();
  for (const rule of rules) {
    expect(rule.formula).not.toMatch(/!/);
    const areas = rule.range.split(",").map((area) => {
      const [from, to = from] = area.split(":");
      return { a: decode(from), b: decode(to) };
    });
    // The formula is written for the first area's top-left cell, which is also the top-left of
    // all areas: whichever of the two Excel anchors a multi-area rule at, the shift is the same.
    const anchor = areas[0].a;
    expect(areas.every(({ a }) => a.row >= anchor.row && a.column >= anchor.column)).toBe(true);
    for (const { a, b } of areas) {
      for (let r = a.row; r <= b.row; r++) {
        for (let c = a.column; c <= b.column; c++) {
          const shift = { rows: r - anchor.row, columns: c - anchor.column };
          const v = evaluateFormula(rule.formula, "Sheet", read, shift);
          expect(typeof v).toBe("boolean");
          if (v === true) {
            out.add(`${a1(r, c)} ${rule.severity} ${rule.rule ?? "?"}`);
          }
        }
      }
    }
  }
  return out;
}

/** The findings whose cells all hold numbers (a text figure gets no live rule), in the same form. */
function expectedCells(
  grid: ReadonlyArray<ReadonlyArray<GridCell>>,
  origin: { row: number; column: number },
  mode: RoundingMode
): Set<string> {
  const numeric = (address: string): boolean => {
    const { row, column } = decode(address);
    return grid[row - origin.row]?.[column - origin.column]?.number !== undefined;
  };
  return new Set(
    checkGrid(grid, mode, origin)
      .findings.filter(
        (f) => numeric(f.cell) && (f.relation.match(/\$?[A-Z]+\$?\d+/g) ?? []).every(numeric)
      )
      .map((f) => `${f.cell} ${f.severity} ${f.kind}`)
  );
}

/**
 * gridHighlights sorts cells into rules without writing their formulas; highlightsByCell writes
 * every cell's formula and groups them (the rules' definition, and what gridHighlights computed
 * before it was made linear): both give the same rules in the same order, for each severity
 * asked, with and without several areas per rule.
 */
function expectSameAsByCell(
  grid: ReadonlyArray<ReadonlyArray<GridCell>>,
  origin: { row: number; column: number },
  mode: RoundingMode,
  asked: ReadonlyArray<ReadonlyArray<Severity>> = [SEVERITIES, ["minor"]]
): void {
  const { relations } = checkGrid(grid, mode, origin);
  for (const severities of asked) {
    for (const areas of [true, false]) {
      const args = [grid, relations, origin, "Sheet", mode, severities, areas] as const;
      expect(gridHighlights(...args)).toEqual(highlightsByCell(...args));
    }
  }
}

describe("gridHighlights", () => {
  const cases = dataset.tables.flatMap((table) =>
    (["en", "ja"] as const)
      .filter((edition) => table.figures[edition] !== undefined)
      .flatMap((edition) =>
        (["round", "truncate"] as const).map((mode) => ({ table, edition, mode }))
      )
  );
  it.each(cases.map((c) => [c.table.id, c.edition, c.mode, c] as const))(
    "%s (%s, %s) pasted as numbers: the live rules flag exactly the engine's findings",
    (_id, _edition, _mode, { table, edition, mode }) => {
      const { grid } = renderReleaseGrid(table, edition, {
        headers: "release",
        percents: "format",
        spacers: true,
        movePercents: false,
      });
      const origin = { row: 4, column: 2 };
      expect(highlighted(grid, origin, mode)).toEqual(expectedCells(grid, origin, mode));
      expectSameAsByCell(grid, origin, mode);
    }
  );

  it("gives no rule to a percentage typed as text, which Excel cannot compute with", () => {
    const grid: GridCell[][] = [
      [{ text: "" }, { text: "JPY" }, { text: "%" }],
      [{ text: "A" }, { text: "100", number: 100 }, { text: "11.0" }],
      [{ text: "B" }, { text: "200", number: 200 }, { text: "20.0" }],
      [{ text: "C" }, { text: "300", number: 300 }, { text: "30.0" }],
      [{ text: "D" }, { text: "400", number: 400 }, { text: "40.0" }],
      [{ text: "Total" }, { text: "1000", number: 1000 }, { text: "100.0" }],
    ];
    const check = checkGrid(grid, "round");
    expect(check.findings.map((f) => f.cell)).toEqual(["C2"]);
    const rules = gridHighlights(grid, check.relations, { row: 0, column: 0 }, "S", "round", [
      "major",
    ]);
    expect(rules.filter((r) => r.rule === "share")).toEqual([]);
    const numbers = grid.map((row, r) =>
      r === 0
        ? row
        : [row[0], row[1], { text: "", number: Number(row[2].text) / 100, format: "0.0%" }]
    );
    expect([...highlighted(numbers, { row: 0, column: 0 }, "round")]).toEqual(["C2 major share"]);
  });

  /** The 400-row statement (44 blocks of 8 items and a total, 6 periods) as read, with errors when asked. */
  function statementGrid(errors: boolean): GridCell[][] {
    const cells = statementCells(400, 6, 8);
    const grid: GridCell[][] = cells.map((row) =>
      row.map((c) => ({
        text: c.text,
        number: typeof c.value === "number" ? c.value : undefined,
        format: c.format,
      }))
    );
    // A share two points high, a change one point low, an item that breaks its block's footing.
    const bump = (r: number, c: number, by: number) => {
      const cell = grid[r][c];
      grid[r][c] = { ...cell, number: (cell.number ?? 0) + by };
    };
    if (errors) {
      bump(5, 3, 0.02);
      bump(123, 15, -0.01);
      bump(250, 4, 1000);
    }
    return grid;
  }

  it("without several areas per rule: one rule per change column, a share or footing rule per block", () => {
    const grid = statementGrid(false);
    const check = checkGrid(grid, "round");
    const rules = gridHighlights(
      grid,
      check.relations,
      { row: 0, column: 0 },
      "S",
      "round",
      ["major"],
      false
    );
    const blocks = grid.filter((row) => /^Total/.test(row[1].text)).length;
    expect(blocks).toBe(44);
    const changes = rules.filter((r) => r.rule === "change");
    // The same relative formula on every row: the rectangles of all blocks merged into one.
    expect(changes.map((r) => r.range)).toEqual([
      "O2:O401",
      "P2:P401",
      "Q2:Q401",
      "R2:R401",
      "S2:S401",
    ]);
    // A share's base row is absolute, a total's rows its own: one rule per column and block.
    expect(rules.filter((r) => r.rule === "share")).toHaveLength(6 * blocks);
    expect(rules.filter((r) => r.rule === "footing")).toHaveLength(6 * blocks);
    expect(rules.every((r) => !r.range.includes(","))).toBe(true);
  });

  it("with several areas per rule: a few dozen rules whatever the blocks, within getRanges' address limit", () => {
    const grid = statementGrid(true);
    const check = checkGrid(grid, "round");
    const rules = gridHighlights(grid, check.relations, { row: 0, column: 0 }, "S", "round", [
      "major",
      "minor",
    ]);
    expect(rules.length).toBeLessThan(50);
    expect(Math.max(...rules.map((r) => r.range.length))).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    expect(rules.some((r) => r.range.includes(","))).toBe(true);
  });

  // The bench compares its 1,000-row statement too (slow here: every formula written in full).
  it("gives the rules of every cell's own formula grouped on a 400-row statement with errors", () => {
    expectSameAsByCell(statementGrid(true), { row: 0, column: 0 }, "round", [SEVERITIES]);
  });

  it.each([true, false])(
    "flags exactly the engine's findings on a 400-row statement with errors (several areas: %s)",
    (areas) => {
      const grid = statementGrid(true);
      const origin = { row: 0, column: 0 };
      const expected = expectedCells(grid, origin, "round");
      expect(expected.size).toBeGreaterThanOrEqual(3);
      expect(highlighted(grid, origin, "round", areas)).toEqual(expected);
    }
  );
});
