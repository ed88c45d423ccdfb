import type { Rule } from "../checks/Rule";
import type { Severity } from "../checks/Severity";
import type { Edition } from "../model/Edition";
import type { RoundingMode } from "../numbers/RoundingMode";
import type { OperandNamer } from "./formula/renderFormula";
import { ruleFormula, type PlacementLookup } from "./formula/ruleFormula";
import { highlightExpr } from "./formula/ruleHighlight";
import { type CellHighlight, groupHighlights } from "./groupHighlights";
import type { PlannedHighlight } from "./WorkbookPlan";

/**
 * The highlights of every rule on every placed target of the editions laid out: a red formula
 * per checked cell, an amber one too when minor findings are highlighted; edition rules (the
 * Japanese cell against the English one) only when both editions are laid out. Grouped into
 * ranges where the formulas agree in relative terms.
 *
 * @param rules - the rules, from `deriveRules`
 * @param editions - the editions laid out
 * @param find - where cells were placed
 * @param mode - the rounding mode
 * @param highlightMinor - whether to add the amber formulas
 * @param nameOf - the workbook name through which a formula reads a cell on another sheet
 * @returns the highlights per sheet name
 * @example
 * planHighlights(rules, ["en"], find, "round", true, names.nameOf).get("Balance Sheet")?.length //=> 14
 */
export function planHighlights(
  rules: ReadonlyArray<Rule>,
  editions: ReadonlyArray<Edition>,
  find: PlacementLookup,
  mode: RoundingMode,
  highlightMinor: boolean,
  nameOf: OperandNamer
): ReadonlyMap<string, ReadonlyArray<PlannedHighlight>> {
  const severities: ReadonlyArray<Severity> = highlightMinor ? ["major", "minor"] : ["major"];
  const cells: CellHighlight[] = [];
  for (const rule of rules) {
    const targets: ReadonlyArray<Edition> =
      rule.kind === "edition"
        ? editions.includes("en") && editions.includes("ja")
          ? ["ja"]
          : []
        : rule.editions.filter((e) => editions.includes(e));
    for (const edition of targets) {
      const formula = ruleFormula(rule, edition, find, mode);
      if (formula === null) {
        continue;
      }
      for (const severity of severities) {
        cells.push({
          sheet: formula.target.sheet,
          row: formula.target.row,
          column: formula.target.column,
          severity,
          rule: rule.kind,
          expr: highlightExpr(formula, severity),
        });
      }
    }
  }
  return groupHighlights(cells, nameOf);
}
