import type { Rule } from "../checks/Rule";
import type { Severity } from "../checks/Severity";
import type { Edition } from "../model/Edition";
import type { RoundingMode } from "../numbers/RoundingMode";
import { ruleFormula, type PlacementLookup, type RuleFormula } from "./formula/ruleFormula";
import { highlightExpr } from "./formula/ruleHighlight";
import type { CellHighlight } from "./CellHighlight";
import { groupHighlights } from "./groupHighlights";
import { mapCells } from "./formula/mapCells";
import { type DraftEntry, type MirrorNeed, mirrorCells, otherSheetOperands } from "./mirrorCells";
import type { PlannedHighlight } from "./WorkbookPlan";

/**
 * The highlights of every rule on every placed target of the editions laid out: a red formula
 * per checked cell, an amber one too when minor findings are highlighted, grouped into ranges
 * where the formulas agree in relative terms. A cell of another sheet that a rule reads is read
 * through a mirror cell on the target's sheet (see `mirrorCells`), written into its draft here.
 * Edition rules (the Japanese cell against the English one) get none: they would read another
 * sheet cell by cell; the Checks sheet lists their findings.
 *
 * @param rules - the rules, from `deriveRules`
 * @param editions - the editions laid out
 * @param find - where cells were placed
 * @param mode - the rounding mode
 * @param highlightMinor - whether to add the amber formulas
 * @param sheets - the sheets being laid out, by name, to write mirror cells into
 * @returns the highlights per sheet name
 * @example
 * planHighlights(rules, ["en"], find, "round", true, sheets).get("Balance Sheet")?.length //=> 14
 */
export function planHighlights(
  rules: ReadonlyArray<Rule>,
  editions: ReadonlyArray<Edition>,
  find: PlacementLookup,
  mode: RoundingMode,
  highlightMinor: boolean,
  sheets: ReadonlyMap<string, DraftEntry>
): ReadonlyMap<string, ReadonlyArray<PlannedHighlight>> {
  const severities: ReadonlyArray<Severity> = highlightMinor ? ["major", "minor"] : ["major"];
  const formulas: { rule: Rule; formula: RuleFormula; need: MirrorNeed }[] = [];
  for (const rule of rules) {
    if (rule.kind === "edition") {
      continue;
    }
    for (const edition of rule.editions.filter((e) => editions.includes(e))) {
      const formula = ruleFormula(rule, edition, find, mode);
      if (formula === null) {
        continue;
      }
      const { sheet, row, column } = formula.target;
      const operands = otherSheetOperands(highlightExpr(formula, "major"), sheet);
      formulas.push({ rule, formula, need: { sheet, row, column, rule: rule.id, operands } });
    }
  }
  const mirror = mirrorCells(
    sheets,
    formulas.map((f) => f.need).filter((n) => n.operands.length > 0)
  );
  const cells: CellHighlight[] = [];
  for (const { rule, formula, need } of formulas) {
    for (const severity of severities) {
      const expr = mapCells(highlightExpr(formula, severity), (cell) =>
        cell.sheet === need.sheet ? cell : (mirror(need, cell) ?? cell)
      );
      cells.push({
        sheet: need.sheet,
        row: need.row,
        column: need.column,
        severity,
        rule: rule.kind,
        expr,
      });
    }
  }
  return groupHighlights(cells);
}
