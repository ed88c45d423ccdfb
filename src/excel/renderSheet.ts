import type { PlannedHighlight, SheetPlan } from "../core/layout/WorkbookPlan";
import type { Feature } from "./features";
import { HIGHLIGHT_COLORS } from "./highlightColors";
import { sheetStyleGroups } from "./sheetStyleGroups";

/**
 * Queues a planned sheet's whole content on a new worksheet, without syncing: one values and one
 * numberFormat assignment for the rectangle, styles per row group, frozen panes, widths,
 * highlights and links. Features the host lacks are left out.
 *
 * @param sheet - the worksheet to fill (new, empty)
 * @param plan - the sheet plan, references already pointing at the right names
 * @param supported - the features the host supports
 */
export function renderSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  supported: ReadonlySet<Feature>
): void {
  const rows = plan.values.length;
  const columns = plan.values[0]?.length ?? 0;
  if (rows > 0 && columns > 0) {
    const whole = sheet.getRangeByIndexes(0, 0, rows, columns);
    whole.numberFormat = plan.numberFormats as string[][];
    whole.values = plan.values as Array<Array<string | number | boolean>>;
  }
  const groups = sheetStyleGroups(plan);
  const title = sheet.getRange(groups.title).format.font;
  title.bold = true;
  title.size = 14;
  if (supported.has("rowStyles")) {
    if (groups.headers !== "") {
      const headers = sheet.getRanges(groups.headers).format;
      headers.font.bold = true;
      headers.borders.getItem("EdgeBottom").style = "Continuous";
    }
    if (groups.totals !== "") {
      const totals = sheet.getRanges(groups.totals).format;
      totals.font.bold = true;
      totals.borders.getItem("EdgeTop").style = "Continuous";
    }
    for (const { level, areas } of groups.indents) {
      sheet.getRanges(areas).format.indentLevel = level;
    }
  }
  for (const { column, count, points } of groups.widths) {
    sheet.getRangeByIndexes(0, column, 1, count).format.columnWidth = points;
  }
  freeze(sheet, plan.freeze.rows, plan.freeze.columns);
  if (supported.has("highlights")) {
    for (const highlight of plan.highlights) {
      addHighlight(sheet, highlight);
    }
  }
  if (supported.has("hyperlinks")) {
    for (const link of plan.links) {
      sheet.getRange(link.address).hyperlink = {
        documentReference: link.target,
        textToDisplay: link.text,
      };
    }
  }
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  } else if (rows > 0) {
    sheet.freezePanes.freezeRows(rows);
  } else if (columns > 0) {
    sheet.freezePanes.freezeColumns(columns);
  }
}

/**
 * Queues one planned highlight as a custom conditional format in the severity's colours.
 *
 * @param sheet - the worksheet
 * @param highlight - the range, its formula (without "=") and its severity
 */
export function addHighlight(sheet: Excel.Worksheet, highlight: PlannedHighlight): void {
  const format = sheet.getRange(highlight.range).conditionalFormats.add("Custom");
  const colors = HIGHLIGHT_COLORS[highlight.severity];
  format.custom.rule.formula = `=${highlight.formula}`;
  format.custom.format.fill.color = colors.fill;
  format.custom.format.font.color = colors.font;
}
