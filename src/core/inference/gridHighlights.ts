import type { Severity } from "../checks/Severity";
import { highlightExpr } from "../layout/formula/ruleHighlight";
import { ruleFormula } from "../layout/formula/ruleFormula";
import type { CellHighlight } from "../layout/CellHighlight";
import { mapCells } from "../layout/formula/mapCells";
import { MAX_AREAS_ADDRESS, groupHighlightAreas } from "../layout/groupHighlightAreas";
import type { PlacedCell, PlannedHighlight } from "../layout/WorkbookPlan";
import type { RoundingMode } from "../numbers/RoundingMode";
import { formatDecimals } from "./formatDecimals";
import { gridAddress, type GridOrigin } from "./GridAddress";
import type { Grid } from "./GridCell";
import type { InferredRelation } from "./InferredRelation";
import { readGridCell } from "./readGridCell";
import { coveredCells, relationRule } from "./relationRule";

/**
 * The live highlight rules of a checked grid on its own sheet: for every cell an accepted
 * relation covers, the same conditional-format formula the add-in writes on its own sheets
 * (`ruleFormula` + `highlightExpr`, the engine's intervals and minor/major rule), grouped into
 * range-wide rules over several areas each (`groupHighlightAreas`; one area each when `areas`
 * is false, for a host without ExcelApi 1.9). A share's base row is written fixed (`B$30`: one
 * rule per block) or relative (`B30`: one rule per distance to the base, shared by all blocks of
 * that size), whichever takes fewer rules; both read the same cells, so flag the same ones.
 * A formula reads only cells of the grid's sheet. A figure
 * that is text in the cell (not a stored number) gets no rule: Excel could not compute with it,
 * and a highlight never shows what the engine would not say.
 *
 * @param grid - the cells as read from the sheet
 * @param relations - the relations accepted for the grid (checkGrid's `relations`)
 * @param origin - where the grid's top-left cell is on the sheet
 * @param sheet - the sheet's name (only to group the rules; no formula names it)
 * @param mode - how the amounts were rounded
 * @param severities - which findings to highlight: major (red), and minor (amber) when asked
 * @param areas - whether a rule may cover several areas (ExcelApi 1.9's `getRanges`)
 * @returns the rules, each a range ("C4:C11" or "C4:C11,E4:E11") with its formula for the
 *   top-left cell of its first area
 * @example
 * gridHighlights(grid, check.relations, { row: 0, column: 0 }, "Sheet1", "round", ["major"])
 * // [{ range: "C4:C11", formula: "IF(AND(ISNUMBER(C4),ISNUMBER(B4),ISNUMBER(B$12)),…)", … }, …]
 */
export function gridHighlights(
  grid: Grid,
  relations: ReadonlyArray<InferredRelation>,
  origin: GridOrigin,
  sheet: string,
  mode: RoundingMode,
  severities: ReadonlyArray<Severity>,
  areas = true
): ReadonlyArray<PlannedHighlight> {
  const at = gridAddress(origin);
  const place = (r: number, c: number): PlacedCell | undefined => {
    const cell = grid[r]?.[c];
    if (cell === null || cell === undefined || cell.number === undefined) {
      return undefined;
    }
    const reading = readGridCell(cell);
    if (reading.kind !== "figure") {
      return undefined;
    }
    const percent = cell.format !== undefined && formatDecimals(cell.format)?.percent === true;
    return {
      edition: "en",
      ref: { table: "", item: String(r), column: String(c) },
      sheet,
      address: at.cell(r, c),
      row: origin.row + r,
      column: origin.column + c,
      storage: percent ? "percent" : "amount",
      decimals: reading.decimals,
    };
  };
  const cells: CellHighlight[] = [];
  for (const relation of relations) {
    const covered = coveredCells(relation);
    for (let i = 0; i < covered; i++) {
      const { rule } = relationRule(relation, i, at);
      const formula = ruleFormula(
        rule,
        "en",
        (_, ref) => place(Number(ref.item), Number(ref.column)),
        mode
      );
      if (formula === null) {
        continue;
      }
      for (const severity of severities) {
        cells.push({
          sheet,
          row: formula.target.row,
          column: formula.target.column,
          severity,
          rule: rule.kind,
          expr: highlightExpr(formula, severity),
        });
      }
    }
  }
  const maxAddress = areas ? MAX_AREAS_ADDRESS : 0;
  const fixed = groupHighlightAreas(cells, maxAddress).get(sheet) ?? [];
  const relative = cells.map((c) => ({
    ...c,
    expr: mapCells(c.expr, (cell) => ({ ...cell, fixedRow: false })),
  }));
  const moving = groupHighlightAreas(relative, maxAddress).get(sheet) ?? [];
  return moving.length < fixed.length ? moving : fixed;
}
