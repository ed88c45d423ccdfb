import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../../src/core/layout/buildWorkbookPlan";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { HIGHLIGHT_STYLE, renderWorkbook } from "../../src/xlsx/renderWorkbook";

const plan = buildWorkbookPlan(buildIndex(dataset), {
  edition: "both",
  mode: "round",
  highlightMinor: true,
});
let book: ExcelJS.Workbook;

// Writing and reading the workbook back took over jest's default 5 s on a loaded CI machine.
beforeAll(async () => {
  const buffer = await renderWorkbook(plan).xlsx.writeBuffer();
  book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as ArrayBuffer);
}, 60_000);

describe("the .xlsx export, read back", () => {
  it("has the plan's sheets in order", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("holds every placed figure as a number with the plan's number format", () => {
    for (const p of plan.placements) {
      const sheet = plan.sheets.find((s) => s.name === p.sheet)!;
      const row = book.getWorksheet(p.sheet)!.getRow(p.row + 1);
      const { value, numFmt } = row.getCell(p.column + 1);
      expect([value, numFmt]).toEqual([
        sheet.values[p.row][p.column],
        sheet.numberFormats[p.row][p.column],
      ]);
    }
  });

  it("writes formulas without cached results", () => {
    const claims = book.getWorksheet(plan.sheets.find((s) => s.key === "en:claims")!.name)!;
    const formulas: Array<{ result?: unknown }> = [];
    claims.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "object" && cell.value !== null && "formula" in cell.value) {
          formulas.push(cell.value);
        }
      })
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((f) => f.result === undefined)).toBe(true);
  });

  it("turns every highlight into an expression conditional format, red for major and amber for minor", () => {
    for (const sheet of plan.sheets) {
      // exceljs keeps the conditional formats it read in a field its typings leave out.
      const ws = book.getWorksheet(sheet.name) as unknown as {
        conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
      };
      const formats = ws.conditionalFormattings ?? [];
      expect(formats.map((f) => f.ref)).toEqual(sheet.highlights.map((h) => h.range));
      formats.forEach((f, i) => {
        const rule = f.rules[0] as ExcelJS.ExpressionRuleType;
        expect(rule.type).toBe("expression");
        expect(rule.formulae?.[0]).toBe(sheet.highlights[i].formula);
        const fill = rule.style?.fill as ExcelJS.FillPattern;
        expect(fill.bgColor?.argb).toBe(HIGHLIGHT_STYLE[sheet.highlights[i].severity].fill);
      });
    }
  });

  it("prints totals bold with a top border, indents labels, freezes panes, sets widths", () => {
    const sheet = plan.sheets.find((s) => s.key === "en:operationsQuarterly")!;
    const ws = book.getWorksheet(sheet.name)!;
    const total = sheet.totalRows[0];
    expect(ws.getCell(total + 1, 2).font?.bold).toBe(true);
    expect(ws.getCell(total + 1, 2).border?.top?.style).toBe("thin");
    const indented = sheet.indents.findIndex((n) => n === 2);
    expect(ws.getCell(indented + 1, 1).alignment?.indent).toBe(2);
    expect(ws.views[0]).toMatchObject({
      state: "frozen",
      xSplit: sheet.freeze.columns,
      ySplit: sheet.freeze.rows,
    });
    expect(ws.getColumn(1).width).toBe(sheet.columnWidths[0]);
  });

  it("defines the rate's and the tables' workbook names", () => {
    const names = new Set<string>();
    book.definedNames.forEach((name) => names.add(name));
    expect([...names].sort()).toEqual(plan.names.map((n) => n.name).sort());
  });

  it("writes the plan's range-wide rules, one conditional format each, none referencing another sheet", () => {
    const formats = book.worksheets.flatMap((ws) =>
      (
        (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
          .conditionalFormattings ?? []
      ).map((f) => ({
        sheet: ws.name,
        range: f.ref,
        formula: (f.rules[0] as ExcelJS.ExpressionRuleType).formulae?.[0] ?? "",
      }))
    );
    const planned = plan.sheets.flatMap((s) =>
      s.highlights.map((h) => ({ sheet: s.name, range: h.range, formula: h.formula }))
    );
    expect(formats).toEqual(planned);
    expect(formats.some((f) => f.range.includes(":"))).toBe(true);
    expect(formats.filter((f) => f.formula.includes("!"))).toEqual([]);
  });

  it("links the Checks sheet's cells to the cells of the findings, inside the workbook", () => {
    const checks = plan.sheets.find((s) => s.key === "checks")!;
    const link = checks.links[0];
    const { value } = book.getWorksheet(checks.name)!.getCell(link.address);
    expect(value).toEqual({ formula: `HYPERLINK("#${link.target}","${link.text}")` });
  });

  it("names the release and the rule in the document properties", () => {
    expect(book.title).toBe(plan.properties.title);
    expect(book.subject).toMatch(/iij-fy2002-q4/);
    expect(book.subject).toMatch(/rounding interval/);
  });
});
