import { rangeAddress } from "./a1";
import type { CellHighlight } from "./CellHighlight";
import { renderFormula } from "./formula/renderFormula";
import { highlightRectangles } from "./highlightRectangles";
import type { PlannedHighlight } from "./WorkbookPlan";

/**
 * Groups cells whose formulas are the same in relative terms into one highlight per rectangle
 * they fill: a share or change column down a table, a USD column, a total's footing across
 * its columns. The formula is written for the rectangle's top-left cell, so that the number of
 * conditional formats grows with the tables and not with the cells.
 *
 * @param cells - every checked cell's formula
 * @returns the highlights per sheet name, each written for its range's top-left cell
 * @example
 * groupHighlights(cells).get("Operations (Quarterly)")?.[0].range //=> "D7:D13"
 */
export function groupHighlights(
  cells: ReadonlyArray<CellHighlight>
): ReadonlyMap<string, ReadonlyArray<PlannedHighlight>> {
  const bySheet = new Map<string, PlannedHighlight[]>();
  for (const lane of highlightRectangles(cells)) {
    for (const r of lane) {
      const highlights = bySheet.get(r.first.sheet) ?? [];
      highlights.push({
        range: rangeAddress(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1),
        formula: renderFormula(r.first.expr, r.first.sheet),
        severity: r.first.severity,
        rule: r.first.rule,
      });
      bySheet.set(r.first.sheet, highlights);
    }
  }
  return bySheet;
}
