import type { Severity } from "../checks/Severity";
import type { CellHighlight } from "../layout/CellHighlight";
import { mapCells } from "../layout/formula/mapCells";
import { ruleFormula } from "../layout/formula/ruleFormula";
import { highlightExpr } from "../layout/formula/ruleHighlight";
import { type AreaRange, MAX_AREAS_ADDRESS, areaRanges } from "../layout/groupHighlightAreas";
import { copiedFormula } from "../layout/formula/renderFormula";
import { cellRectangles, type LaneCells } from "../layout/highlightRectangles";
import type { PlannedHighlight } from "../layout/WorkbookPlan";
import type { RoundingMode } from "../numbers/RoundingMode";
import { gridAddress, type GridOrigin } from "./GridAddress";
import { gridFigures } from "./gridFigures";
import type { Grid } from "./GridCell";
import { highlightLanes } from "./highlightLanes";
import { type HighlightShape, highlightShape } from "./highlightShape";
import type { InferredRelation } from "./InferredRelation";
import { relationOperands } from "./relationOperands";
import { vectorMap } from "./vectorMap";
import { coveredCells, relationRule } from "./relationRule";

const KINDS: ReadonlyArray<InferredRelation["kind"]> = ["share", "change", "footing"];

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
 * Linear in the covered cells, and no cell's formula is written: a cell is sorted into its
 * lane (its formula in relative terms) from its rule's shape, one per kind of rule and
 * operands' decimals and storage (`highlightShape`), and where its operands are
 * (`highlightLanes`); each lane's formula is built once, for its first rule, and copied to
 * the others' cells as Excel would shift it (`copiedFormula`). The rules are exactly those of
 * grouping every cell's own formula (`groupHighlightAreas`), in the same order.
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
  const figures = gridFigures(grid, origin, sheet);
  const templates = new Map<string, number>();
  const templateId = (text: string): number => {
    const known = templates.get(text);
    if (known !== undefined) {
      return known;
    }
    templates.set(text, templates.size);
    return templates.size - 1;
  };
  // A shape per rule kind and operand codes.
  const shapes = vectorMap<{ id: number; shape: HighlightShape }>();
  let shapeCount = 0;
  const lanes = highlightLanes(severities);
  // Each covered cell with a formula, as its relation's number and its own in the relation.
  const covered: number[] = [];
  const rows: number[] = [];
  const columns: number[] = [];
  // The rule's kind, then its operands' codes.
  const key: number[] = [];
  relations.forEach((relation, r) => {
    const operandsOf = relationOperands(relation);
    key[0] = KINDS.indexOf(relation.kind);
    for (let i = 0; i < coveredCells(relation); i++) {
      const n = operandsOf(i, rows, columns);
      let readable = true;
      for (let k = 0; k < n; k++) {
        key[k + 1] = figures.code(rows[k], columns[k]);
        readable &&= key[k + 1] >= 0;
      }
      // A cell that is not a stored number has no formula, nor has a rule reading one.
      if (!readable) {
        continue;
      }
      let shape = shapes.get(key, n + 1);
      if (shape === undefined) {
        const { rule } = relationRule(relation, i, at);
        const codes = key.slice(1, n + 1);
        shape = {
          id: shapeCount++,
          shape: highlightShape(rule, codes, sheet, mode, severities, templateId),
        };
        shapes.set(key, n + 1, shape);
      }
      for (let k = 0; k < n; k++) {
        rows[k] += origin.row;
        columns[k] += origin.column;
      }
      lanes.add(shape, rows, columns, n, covered.length / 2);
      covered.push(r, i);
    }
  });
  // A cell's whole highlight, built only for the first cell of each lane.
  const highlightOf = (of: number, fixedRows: boolean): CellHighlight => {
    const cell = Math.floor(of / severities.length);
    const severity = severities[of % severities.length];
    const { rule } = relationRule(relations[covered[cell * 2]], covered[cell * 2 + 1], at);
    const formula = ruleFormula(
      rule,
      "en",
      (_, ref) => figures.place(Number(ref.item), Number(ref.column)),
      mode
    );
    if (formula === null) {
      throw new Error(`no formula for the cell ${rule.id}`);
    }
    const expr = highlightExpr(formula, severity);
    return {
      sheet,
      row: formula.target.row,
      column: formula.target.column,
      severity,
      rule: rule.kind,
      expr: fixedRows ? expr : mapCells(expr, (c) => ({ ...c, fixedRow: false })),
    };
  };
  const maxAddress = areas ? MAX_AREAS_ADDRESS : 0;
  // A lane both ways have (no fixed row) is split into areas once.
  const split = new Map<LaneCells<number>, AreaRange<number>[]>();
  const ranges = (ways: ReadonlyArray<LaneCells<number>>) =>
    ways.map((lane) => {
      let known = split.get(lane);
      if (known === undefined) {
        known = areaRanges(cellRectangles(lane), maxAddress);
        split.set(lane, known);
      }
      return known;
    });
  const stay = ranges(lanes.fixed);
  const moving = ranges(lanes.relative);
  const count = (lanes: ReadonlyArray<ReadonlyArray<unknown>>) =>
    lanes.reduce((n, lane) => n + lane.length, 0);
  const fixedRows = count(moving) >= count(stay);
  // One formula per lane, built for its first rule's cell and copied to the others' cells.
  return (fixedRows ? stay : moving).flatMap((lane) => {
    const first = highlightOf(lane[0].anchor.first, fixedRows);
    const formula = copiedFormula(first.expr, sheet);
    return lane.map(({ anchor, range }) => ({
      range,
      formula: formula(anchor.top - first.row, anchor.left - first.column),
      severity: first.severity,
      rule: first.rule,
    }));
  });
}
