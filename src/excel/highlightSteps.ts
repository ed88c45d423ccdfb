import type { PlannedHighlight } from "../core/layout/WorkbookPlan";
import { estimateBytes } from "./estimateBytes";
import { HIGHLIGHT_COLORS } from "./highlightColors";
import type { WriteStep } from "./WriteStep";

/**
 * Queues one planned highlight as a custom conditional format in the severity's colours: over a
 * range, or over several areas ("E8:E15,G8:G15", `getRanges`, ExcelApi 1.9) as one rule.
 *
 * @param sheet - the worksheet
 * @param highlight - the range, its formula (without "=") and its severity
 */
export function addHighlight(sheet: Excel.Worksheet, highlight: PlannedHighlight): void {
  const target = highlight.range.includes(",")
    ? sheet.getRanges(highlight.range)
    : sheet.getRange(highlight.range);
  const format = target.conditionalFormats.add("Custom");
  const colors = HIGHLIGHT_COLORS[highlight.severity];
  format.custom.rule.formula = `=${highlight.formula}`;
  format.custom.format.fill.color = colors.fill;
  format.custom.format.font.color = colors.font;
}

/** Object paths and actions one addHighlight creates (range, collection, add, custom, …). */
const CALLS_PER_HIGHLIGHT = 14;

/**
 * A sheet's highlights as write steps, one rule each, so that a sheet with many rules spreads
 * over as many requests as their size needs.
 *
 * @param sheetName - the sheet's name when the steps run
 * @param highlights - the planned rules
 * @returns the steps
 */
export function highlightSteps(
  sheetName: string,
  highlights: ReadonlyArray<PlannedHighlight>
): ReadonlyArray<WriteStep> {
  return highlights.map((highlight) => ({
    bytes: estimateBytes(CALLS_PER_HIGHLIGHT, [
      highlight.range,
      highlight.formula,
      HIGHLIGHT_COLORS[highlight.severity],
    ]),
    formulas: true,
    queue: ({ sheet }) => addHighlight(sheet(sheetName), highlight),
  }));
}
