import { checkGrid } from "../../../src/core/inference/checkGrid";
import type { CellCard } from "../../../src/core/inference/CellCard";
import { cellCards } from "../../../src/core/inference/cellCards";
import { changedCells } from "../../../src/core/inference/changedCells";
import { gridCellAt } from "../../../src/core/inference/gridCellAt";
import type { GridCell } from "../../../src/core/inference/GridCell";
import type { RoundingMode } from "../../../src/core/numbers/RoundingMode";
import { dataset } from "../../../src/data";
import { statementCells } from "../../excel/selectionStatement";
import { renderReleaseGrid } from "./renderReleaseGrid";

/** A user's statement (test/excel/selectionStatement) as the adapter reads it. */
function statementGrid(rows: number, periods: number): GridCell[][] {
  return statementCells(rows, periods).map((row) =>
    row.map((c) => ({
      text: c.text,
      number: typeof c.value === "number" ? c.value : undefined,
      format: c.format,
    }))
  );
}

/** Every card of a grid that names at least one relation. */
function allCards(grid: GridCell[][], mode: RoundingMode, origin = { row: 0, column: 0 }) {
  const check = checkGrid(grid, mode, origin);
  const card = cellCards(grid, check, origin);
  const cards = new Map<string, CellCard>();
  grid.forEach((row, r) =>
    row.forEach((_, c) => {
      const found = card(r, c);
      if (found !== null && found.relations.length > 0) {
        cards.set(found.cell, found);
      }
    })
  );
  return { check, card, cards };
}

const releaseGrids = dataset.tables.flatMap((table) =>
  (["en", "ja"] as const)
    .filter((edition) => table.figures[edition] !== undefined)
    .map((edition) => ({
      name: `${table.id} (${edition})`,
      grid: renderReleaseGrid(table, edition, {
        headers: "release",
        percents: "format",
        spacers: true,
        movePercents: false,
      }).grid,
    }))
);

describe("the card of a cell of a checked selection", () => {
  it("shows a finding's cell with its value, row, column, relation and the engine's verdict", () => {
    const grid = statementGrid(20, 2);
    // D4's share two points too high (as the end-to-end statement has it).
    const d4 = grid[3][3];
    grid[3][3] = {
      ...d4,
      number: (d4.number ?? 0) + 0.02,
      text: `${((d4.number ?? 0) * 100 + 2).toFixed(1)}%`,
    };
    const check = checkGrid(grid, "round");
    const card = cellCards(grid, check, { row: 0, column: 0 })(3, 3);
    expect(card).not.toBeNull();
    expect(card?.cell).toBe("D4");
    expect(card?.text).toBe(grid[3][3].text);
    // The label is the first text left of the figures: the reference column.
    expect(card?.rowLabel).toBe("R3");
    expect(card?.columnHeader).toBe("P0 % of total");
    expect(card?.findings.map((f) => f.cell)).toEqual(["D4"]);
    const share = card?.relations.find((r) => r.relation.kind === "share");
    expect(share?.role).toBe("target");
    expect(share?.rules.map((r) => [r.target, r.formula, r.verdict])).toEqual([
      ["D4", "C4 ÷ C$11", card?.findings[0].severity],
    ]);
    expect(share?.explains.covered).toBeGreaterThan(share?.explains.consistent ?? Infinity);

    // Its amount feeds it: C4's card lists the same relation as an operand, with the same count.
    const c4 = cellCards(grid, check, { row: 0, column: 0 })(3, 2);
    const fed = c4?.relations.find((r) => r.index === share?.index);
    expect(fed?.role).toBe("operand");
    expect(fed?.explains).toEqual(share?.explains);
    expect(fed?.rules.map((r) => r.target)).toEqual(["D4"]);
  });

  it("names a header cell, and no cell outside the grid", () => {
    const grid = statementGrid(20, 2);
    const card = cellCards(grid, checkGrid(grid, "round"), { row: 2, column: 1 });
    expect(card(0, 2)?.text).toBe("P0 JPY");
    expect(card(0, 2)?.cell).toBe("D3");
    expect(card(0, 2)?.relations).toEqual([]);
    expect(card(grid.length, 0)).toBeNull();
    expect(card(-1, 0)).toBeNull();
  });

  it("lists why a cell is not checkable", () => {
    const grid = statementGrid(20, 2);
    grid[5][2] = { text: "n/a" };
    const check = checkGrid(grid, "round");
    const entry = check.notCheckable.find((n) => n.cell === "D6");
    expect(entry).toBeDefined();
    const card = cellCards(grid, check, { row: 0, column: 0 })(5, 3);
    expect(card?.notCheckable.map((n) => n.cause)).toEqual([entry?.cause]);
    const share = card?.relations.find((r) => r.relation.kind === "share");
    expect(share?.rules[0].verdict).toBe("notCheckable");
  });

  const cases = [
    ...releaseGrids.map((g) => ({ ...g, mode: "round" as const })),
    ...releaseGrids.map((g) => ({ ...g, mode: "truncate" as const })),
    { name: "a user's statement", grid: statementGrid(60, 4), mode: "round" as const },
  ];
  it.each(cases.map((c) => [c.name, c.mode, c] as const))(
    "%s (%s): relations are symmetric and the verdicts add up to the check's counts",
    (_name, _mode, { grid, mode }) => {
      const { check, cards } = allCards(grid, mode, { row: 3, column: 1 });
      const tally = { checked: 0, minor: 0, major: 0, notCheckable: 0 };
      let targets = 0;
      for (const card of cards.values()) {
        for (const entry of card.relations) {
          for (const rule of entry.rules) {
            const other = (cell: string) =>
              cards.get(cell)?.relations.find((r) => r.index === entry.index);
            if (entry.role === "target" && rule.target === card.cell) {
              targets += 1;
              tally[rule.verdict === "notCheckable" ? "notCheckable" : "checked"] += 1;
              if (rule.verdict === "minor" || rule.verdict === "major") {
                tally[rule.verdict] += 1;
              }
              // Each operand's card lists the relation, feeding this cell, with the same count.
              for (const operand of rule.operands) {
                const listed = other(operand);
                expect(listed?.explains).toEqual(entry.explains);
                expect(listed?.rules.map((r) => r.target)).toContain(card.cell);
              }
            } else {
              // The cell it feeds lists the relation as its target, with the same count.
              const listed = other(rule.target);
              expect(listed?.role).toBe("target");
              expect(listed?.explains).toEqual(entry.explains);
              expect(rule.operands).toContain(card.cell);
            }
          }
        }
      }
      const covered = check.relations.reduce(
        (n, r) => n + (r.kind === "footing" ? r.columns.length : r.rows.length),
        0
      );
      expect(targets).toBe(covered);
      const counts = Object.values(check.counts).reduce(
        (sum, c) => ({
          checked: sum.checked + c.checked,
          minor: sum.minor + c.minor,
          major: sum.major + c.major,
          notCheckable: sum.notCheckable + c.notCheckable,
        }),
        { checked: 0, minor: 0, major: 0, notCheckable: 0 }
      );
      expect(tally).toEqual(counts);
    }
  );
});

describe("where a selection's card is, and when it is stale", () => {
  const grid: GridCell[][] = [
    [{ text: "" }, { text: "JPY" }],
    [{ text: "A" }, { text: "931,399", number: 931399 }],
  ];
  const origin = { row: 2, column: 1 };
  it("finds the grid cell of a selection's first cell, and nothing outside the grid", () => {
    expect(gridCellAt(grid, origin, "'My table'!$C$4:$D$9")).toEqual({ row: 1, column: 1 });
    expect(gridCellAt(grid, origin, "B3")).toEqual({ row: 0, column: 0 });
    expect(gridCellAt(grid, origin, "A3")).toBeNull();
    expect(gridCellAt(grid, origin, "D3")).toBeNull();
    expect(gridCellAt(grid, origin, "C5")).toBeNull();
    expect(gridCellAt(grid, origin, "#REF!")).toBeNull();
  });
  it("names the cells whose text changed since the check", () => {
    const same = new Map([
      ["C4", "931,399"],
      ["B4", "A"],
    ]);
    expect(changedCells(grid, origin, same)).toEqual([]);
    // A row inserted above: the label moved down, an empty row sits where the figure was.
    const shifted = new Map([
      ["C4", ""],
      ["B4", ""],
    ]);
    expect(changedCells(grid, origin, shifted)).toEqual(["C4", "B4"]);
    expect(changedCells(grid, origin, new Map([["Z99", ""]]))).toEqual(["Z99"]);
  });
});
