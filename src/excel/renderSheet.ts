import type { PlannedValue, SheetPlan } from "../core/layout/WorkbookPlan";
import { estimateBytes } from "./estimateBytes";
import type { Feature } from "./features";
import { highlightSteps } from "./highlightSteps";
import { sheetStyleGroups } from "./sheetStyleGroups";
import type { WriteStep } from "./WriteStep";

/** The estimated bytes one block of rows may carry, so a long sheet spreads over requests. */
const ROW_BLOCK_BYTES = 250_000;

function isFormula(value: PlannedValue): boolean {
  return typeof value === "string" && value.startsWith("=");
}

/** The sheet's rectangle as blocks of whole rows, each one values and one numberFormat write. */
function valueSteps(sheetName: string, plan: SheetPlan): WriteStep[] {
  const columns = plan.values[0]?.length ?? 0;
  if (columns === 0) {
    return [];
  }
  const steps: WriteStep[] = [];
  let start = 0;
  while (start < plan.values.length) {
    let end = start;
    let bytes = estimateBytes(6, []);
    do {
      bytes += estimateBytes(0, [plan.values[end], plan.numberFormats[end]]);
      end += 1;
    } while (
      end < plan.values.length &&
      bytes + estimateBytes(0, [plan.values[end], plan.numberFormats[end]]) <= ROW_BLOCK_BYTES
    );
    const from = start;
    const values = plan.values.slice(from, end);
    const formats = plan.numberFormats.slice(from, end);
    steps.push({
      bytes,
      formulas: values.some((row) => row.some(isFormula)),
      queue: ({ sheet }) => {
        const block = sheet(sheetName).getRangeByIndexes(from, 0, values.length, columns);
        block.numberFormat = formats as string[][];
        block.values = values as Array<Array<string | number | boolean>>;
      },
    });
    start = end;
  }
  return steps;
}

/** Title, header and total rows, indents, widths and frozen panes: one small step. */
function styleStep(sheetName: string, plan: SheetPlan, supported: ReadonlySet<Feature>): WriteStep {
  const groups = sheetStyleGroups(plan);
  return {
    bytes: estimateBytes(12 + 8 * (groups.indents.length + groups.widths.length), [groups]),
    formulas: false,
    queue: ({ sheet: sheetNamed }) => {
      const sheet = sheetNamed(sheetName);
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
    },
  };
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
 * A planned sheet's whole content as write steps for a worksheet that exists when they run:
 * values and number formats in blocks of rows, styles per row group, frozen panes and widths,
 * then highlights and links. Features the host lacks are left out.
 *
 * @param sheetName - the worksheet's name when the steps run
 * @param plan - the sheet plan, references already pointing at the right names
 * @param supported - the features the host supports
 * @returns the steps, in order
 */
export function renderSheet(
  sheetName: string,
  plan: SheetPlan,
  supported: ReadonlySet<Feature>
): ReadonlyArray<WriteStep> {
  const links: ReadonlyArray<WriteStep> = supported.has("hyperlinks")
    ? plan.links.map((link) => ({
        bytes: estimateBytes(4, [link]),
        formulas: false,
        queue: ({ sheet }) => {
          sheet(sheetName).getRange(link.address).hyperlink = {
            documentReference: link.target,
            textToDisplay: link.text,
          };
        },
      }))
    : [];
  return [
    ...valueSteps(sheetName, plan),
    styleStep(sheetName, plan, supported),
    ...(supported.has("highlights") ? highlightSteps(sheetName, plan.highlights) : []),
    ...links,
  ];
}
