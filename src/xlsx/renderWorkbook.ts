import ExcelJS from "exceljs";
import type { Severity } from "../core/checks/Severity";
import { HIGHLIGHT_COLORS } from "../core/layout/highlightColors";
import type { SheetPlan, WorkbookPlan } from "../core/layout/WorkbookPlan";

const argb = (hex: string): string => `FF${hex.replace(/^#/, "")}`;

/** Fill and font of a highlight as ARGB: HIGHLIGHT_COLORS, opaque. */
export const HIGHLIGHT_STYLE: Readonly<
  Record<Severity, { readonly fill: string; readonly font: string }>
> = {
  major: { fill: argb(HIGHLIGHT_COLORS.major.fill), font: argb(HIGHLIGHT_COLORS.major.font) },
  minor: { fill: argb(HIGHLIGHT_COLORS.minor.fill), font: argb(HIGHLIGHT_COLORS.minor.font) },
};

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function writeSheet(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const totals = new Set(plan.totalRows);
  const headers = new Set(plan.headerRows);
  plan.values.forEach((rowValues, r) => {
    const row = sheet.getRow(r + 1);
    rowValues.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (typeof value === "string" && value.startsWith("=")) {
        // A formula with no cached result: the reader computes it on load.
        cell.value = { formula: value.slice(1) } as ExcelJS.CellFormulaValue;
      } else if (value !== null) {
        cell.value = value;
      }
      const format = plan.numberFormats[r][c];
      // A file stores text as text, so "@" (which Excel's own writes need) changes nothing here
      // and would only cost a style per text cell.
      if (format !== "General" && format !== "@") {
        cell.numFmt = format;
      }
      // Excel and LibreOffice indent only left-aligned text.
      const indent: Partial<ExcelJS.Alignment> =
        c === 0 && plan.indents[r] > 0 ? { horizontal: "left", indent: plan.indents[r] } : {};
      if (c === 0 && plan.indents[r] > 0) {
        cell.alignment = indent;
      }
      if (totals.has(r)) {
        cell.font = { bold: true };
        cell.border = { top: THIN };
      } else if (headers.has(r)) {
        cell.font = { bold: true };
        cell.border = { bottom: THIN };
        cell.alignment = { ...indent, wrapText: c > 0, vertical: "bottom" };
      }
    });
  });
  sheet.getRow(plan.titleRow + 1).font = { bold: true, size: 14 };
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  sheet.pageSetup = {
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  sheet.views = [
    {
      state: "frozen",
      xSplit: plan.freeze.columns,
      ySplit: plan.freeze.rows,
    },
  ];
  plan.highlights.forEach((h, i) => {
    const style = HIGHLIGHT_STYLE[h.severity];
    sheet.addConditionalFormatting({
      ref: h.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [h.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: style.fill } },
            font: { color: { argb: style.font } },
          },
        },
      ],
    });
  });
  for (const link of plan.links) {
    // A HYPERLINK formula: exceljs would also write an external relationship for a cell link,
    // which Excel may follow as a file path; "#" makes the target a place in this workbook.
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    sheet.getCell(link.address).value = {
      formula: `HYPERLINK(${quote("#" + link.target)},${quote(link.text)})`,
    } as ExcelJS.CellFormulaValue;
  }
}

/**
 * Renders a layout plan as an exceljs workbook: values (formulas without cached results),
 * number formats, bold totals and headers with borders, indents, frozen panes, widths,
 * conditional formats for the highlights, workbook names, in-workbook links, properties.
 *
 * @param plan - the plan
 * @returns the workbook, ready to write
 * @example
 * await renderWorkbook(plan).xlsx.writeFile("iij.xlsx")
 */
export function renderWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "IIJ Statements for Excel";
  workbook.title = plan.properties.title;
  workbook.subject = plan.properties.subject;
  workbook.description = plan.properties.description;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheetPlan of plan.sheets) {
    writeSheet(workbook.addWorksheet(sheetPlan.name), sheetPlan);
  }
  for (const name of plan.names) {
    workbook.definedNames.add(name.refersTo.replace(/^=/, ""), name.name);
  }
  return workbook;
}
