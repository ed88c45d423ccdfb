import { checkGrid } from "../../../src/core/inference/checkGrid";
import { gridAddress } from "../../../src/core/inference/GridAddress";
import type { GridCell } from "../../../src/core/inference/GridCell";
import { relationOperands } from "../../../src/core/inference/relationOperands";
import { coveredCells, relationRule } from "../../../src/core/inference/relationRule";
import { ruleCells } from "../../../src/core/inference/ruleCells";
import { dataset } from "../../../src/data";
import { statementCells } from "../../excel/selectionStatement";
import { renderReleaseGrid } from "./renderReleaseGrid";

const grids: ReadonlyArray<[string, ReadonlyArray<ReadonlyArray<GridCell>>]> = [
  ...dataset.tables.map((table): [string, ReadonlyArray<ReadonlyArray<GridCell>>] => [
    table.id,
    renderReleaseGrid(table, "en", {
      headers: "release",
      percents: "format",
      spacers: true,
      movePercents: false,
    }).grid,
  ]),
  [
    "a 200-row statement",
    statementCells(200, 6, 8).map((row) =>
      row.map((c) => ({
        text: c.text,
        number: typeof c.value === "number" ? c.value : undefined,
        format: c.format,
      }))
    ),
  ],
];

describe("relationOperands", () => {
  it("gives each covered cell's rule's cells, in order, for every relation of the release's tables and a statement", () => {
    const at = gridAddress({ row: 0, column: 0 });
    const kinds = new Set<string>();
    for (const [, grid] of grids) {
      for (const relation of checkGrid(grid, "round").relations) {
        kinds.add(relation.kind);
        const operandsOf = relationOperands(relation);
        const rows: number[] = [];
        const columns: number[] = [];
        for (let i = 0; i < coveredCells(relation); i++) {
          const n = operandsOf(i, rows, columns);
          const cells = ruleCells(relationRule(relation, i, at).rule);
          expect(rows.slice(0, n).map((r, k) => `${r},${columns[k]}`)).toEqual(
            cells.map((ref) => `${ref.item},${ref.column}`)
          );
        }
      }
    }
    expect([...kinds].sort()).toEqual(["change", "footing", "share"]);
  });
});
