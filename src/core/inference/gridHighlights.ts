import type { Severity } from "../checks/Severity";
import { highlightExpr } from "../layout/formula/ruleHighlight";
import { ruleFormula } from "../layout/formula/ruleFormula";
import type { CellHighlight } from "../layout/CellHighlight";
import { mapCells } from "../layout/formula/mapCells";
import { MAX_AREAS_ADDRESS, areaRules } from "../layout/groupHighlightAreas";
import { type LaneCell, laneRectangles } from "../layout/highlightRectangles";
import type { CellOperand, Expr } from "../layout/formula/Expr";
import { formulaTemplate } from "../layout/formula/renderFormula";
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
  const read = (r: number, c: number): PlacedCell | undefined => {
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
  // A cell is read once, however many rules name it (a base or a total, dozens).
  const placed = new Map<number, PlacedCell | undefined>();
  const place = (r: number, c: number): PlacedCell | undefined => {
    const key = r * 1_048_576 + c;
    if (!placed.has(key)) {
      placed.set(key, read(r, c));
    }
    return placed.get(key);
  };
  const formulaOf = (relation: InferredRelation, i: number) => {
    const { rule } = relationRule(relation, i, at);
    const formula = ruleFormula(
      rule,
      "en",
      (_, ref) => place(Number(ref.item), Number(ref.column)),
      mode
    );
    return formula === null ? null : { kind: rule.kind, formula };
  };
  // A cell's formula is told apart by the templates of its parts (what `highlightExpr` joins),
  // rendered once for both severities and both ways of writing a base row, and by its cells in
  // each way's terms; a template is named by a number, so lanes are keyed by short strings.
  // The whole highlight is built only for the first cell of each rule.
  const templates = new Map<string, number>();
  const templateId = (text: string): number => {
    const known = templates.get(text);
    if (known !== undefined) {
      return known;
    }
    templates.set(text, templates.size);
    return templates.size - 1;
  };
  const fixed: LaneCell<() => CellHighlight>[] = [];
  const relative: LaneCell<() => CellHighlight>[] = [];
  for (const relation of relations) {
    const covered = coveredCells(relation);
    for (let i = 0; i < covered; i++) {
      const made = formulaOf(relation, i);
      if (made === null) {
        continue;
      }
      const { row, column } = made.formula.target;
      const f = made.formula;
      const sharedCells: CellOperand[] = [];
      const template = (e: Expr) => formulaTemplate(e, sharedCells);
      const shared = templateId(
        `${made.kind}\u0000${f.numbers.map(template).join("\u0001")}\u0000${f.conditions.map(template).join("\u0001")}\u0000${template(f.finding)}`
      );
      for (const severity of severities) {
        const ownCells: CellOperand[] = [];
        const own = templateId(formulaTemplate(severity === "major" ? f.far : f.near, ownCells));
        for (const [lanes, fixedRows] of [
          [fixed, true],
          [relative, false],
        ] as const) {
          const cellsKey = (cells: ReadonlyArray<CellOperand>): string =>
            cells
              .map((c) =>
                c.sheet !== sheet
                  ? `${c.sheet}!${c.row},${c.column}`
                  : fixedRows && c.fixedRow
                    ? `$${c.row},${c.column - column}`
                    : `${c.row - row},${c.column - column}`
              )
              .join(";");
          const lane = `${severity}:${shared}:${own}:${cellsKey(sharedCells)}:${cellsKey(ownCells)}`;
          const of = (): CellHighlight => {
            const again = formulaOf(relation, i);
            if (again === null) {
              throw new Error(`no formula for the cell at row ${row}, column ${column}`);
            }
            const expr = highlightExpr(again.formula, severity);
            return {
              sheet,
              row,
              column,
              severity,
              rule: again.kind,
              expr: fixedRows ? expr : mapCells(expr, (cell) => ({ ...cell, fixedRow: false })),
            };
          };
          lanes.push({ row, column, lane, of });
        }
      }
    }
  }
  const maxAddress = areas ? MAX_AREAS_ADDRESS : 0;
  const rules = (cells: ReadonlyArray<LaneCell<() => CellHighlight>>) =>
    laneRectangles(cells).flatMap((lane) => areaRules(lane, maxAddress, (first) => first()));
  const stay = rules(fixed);
  const moving = rules(relative);
  return moving.length < stay.length ? moving : stay;
}
