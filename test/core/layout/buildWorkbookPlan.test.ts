import { buildWorkbookPlan, placementKey } from "../../../src/core/layout/buildWorkbookPlan";
import { MAX_SHEET_NAME } from "../../../src/core/layout/sheetName";
import { WORKBOOK_NAME } from "../../../src/core/layout/workbookName";
import type { WorkbookPlan } from "../../../src/core/layout/WorkbookPlan";
import { buildIndex } from "../../../src/core/model/buildIndex";
import type { Edition } from "../../../src/core/model/Edition";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);
const plans: ReadonlyArray<[string, WorkbookPlan]> = (["en", "ja", "both"] as const).map((e) => [
  e,
  buildWorkbookPlan(index, { edition: e, mode: "round", highlightMinor: true }),
]);
const both = plans[2][1];

function cellOf(plan: WorkbookPlan, sheet: string, row: number, column: number) {
  const s = plan.sheets.find((x) => x.name === sheet);
  return { value: s?.values[row]?.[column], format: s?.numberFormats[row]?.[column] };
}

describe.each(plans)("the plan of edition %s", (edition, plan) => {
  const editions: ReadonlyArray<Edition> = edition === "both" ? ["en", "ja"] : [edition as Edition];

  it("places every figure of the dataset exactly once per edition, holding its value", () => {
    const keys = plan.placements.map((p) => placementKey(p.edition, p.ref));
    expect(new Set(keys).size).toBe(keys.length);
    let figures = 0;
    for (const e of editions) {
      for (const table of dataset.tables) {
        for (const [rowId, row] of Object.entries(table.figures[e] ?? {})) {
          row.forEach((figure, c) => {
            if (figure === null) {
              return;
            }
            figures++;
            const ref = { table: table.id, item: rowId, column: table.columns[c].id };
            const placed = plan.placements.find(
              (p) => p.edition === e && placementKey(e, p.ref) === placementKey(e, ref)
            );
            expect(placed).toBeDefined();
            const { value } = cellOf(plan, placed!.sheet, placed!.row, placed!.column);
            const expected =
              figure.value === null
                ? 0
                : placed!.storage === "percent"
                  ? figure.value / 100
                  : figure.value;
            expect(value).toBeCloseTo(expected, 12);
            expect(placed!.decimals).toBe(figure.decimals);
            expect(placed!.printedNil === true).toBe(figure.value === null);
          });
        }
      }
      for (const claim of dataset.claims.filter((c) => c.edition === e)) {
        figures++;
        const placed = plan.placements.find(
          (p) => p.edition === e && p.ref.table === "claims" && p.ref.item === claim.id
        );
        const { value } = cellOf(plan, placed!.sheet, placed!.row, placed!.column);
        expect(value).toBeCloseTo(claim.claimed.value! / 100, 12);
      }
    }
    expect(plan.placements).toHaveLength(figures);
  });

  it("formats amounts with separators and parentheses, percentages as fractions with their decimals, nil as a dash", () => {
    for (const p of plan.placements) {
      const { format } = cellOf(plan, p.sheet, p.row, p.column);
      const decimals = p.decimals > 0 ? "." + "0".repeat(p.decimals) : "";
      if (p.storage === "percent") {
        expect(format).toBe(`0${decimals}%;(0${decimals}%)${p.printedNil ? ';"-"' : ""}`);
      } else if (p.ref.table === "contracted_bandwidth") {
        expect(format).toMatch(/^0\.0/);
      } else {
        expect(format).toBe(`#,##0${decimals};(#,##0${decimals})${p.printedNil ? ';"-"' : ""}`);
      }
    }
  });

  it("names its sheets validly: at most 31 characters, none of : \\ / ? * [ ], unique", () => {
    const names = plan.sheets.map((s) => s.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("gives the rate and every table a valid, unique workbook name", () => {
    const names = plan.names.map((n) => n.name);
    expect(names).toContain("IIJ_FXRATE");
    expect(new Set(names).size).toBe(names.length);
    for (const n of plan.names) {
      expect(n.name).toMatch(WORKBOOK_NAME);
      expect(n.name).not.toMatch(/^[A-Z]{1,3}\d+$/);
      expect(n.refersTo).toMatch(/^='[^']+'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
    }
    const rate = plan.names.find((n) => n.name === "IIJ_FXRATE")!;
    const [, sheet, col, row] = /^='([^']+)'!\$([A-Z]+)\$(\d+)$/.exec(rate.refersTo)!;
    expect(cellOf(plan, sheet, Number(row) - 1, col.charCodeAt(0) - 65).value).toBe(118.07);
  });

  it("keeps every sheet a rectangle, freezes below the headers and right of the labels", () => {
    for (const s of plan.sheets) {
      const width = s.values[0].length;
      expect(s.values.every((r) => r.length === width)).toBe(true);
      expect(s.numberFormats.map((r) => r.length)).toEqual(s.values.map(() => width));
      expect(s.columnWidths).toHaveLength(width);
      expect(s.indents).toHaveLength(s.values.length);
      expect(s.freeze.columns).toBeGreaterThanOrEqual(1);
      expect(s.freeze.rows).toBeGreaterThan(
        Math.max(-1, ...s.headerRows.filter((r) => r < s.freeze.rows))
      );
    }
  });
});

it("names the Checks sheet in Japanese in a Japanese load only", () => {
  const checksSheet = (e: string) =>
    plans.find(([x]) => x === e)?.[1].sheets.find((s) => s.key === "checks")?.name;
  expect([checksSheet("en"), checksSheet("ja"), checksSheet("both")]).toEqual([
    "Checks",
    "チェック結果",
    "Checks",
  ]);
});

it("names each table's edition in its workbook name's comment without doubled parentheses", () => {
  const comments = both.names.map((n) => n.comment);
  expect(comments.some((c) => c.endsWith("(Quarterly) — English edition"))).toBe(true);
  expect(comments.filter((c) => /\)\s*\(/.test(c))).toEqual([]);
});

describe("the plan of both editions", () => {
  it("names the Japanese sheets in Japanese", () => {
    const ja = both.sheets.filter((s) => s.edition === "ja").map((s) => s.name);
    expect(ja).toContain("損益計算書(四半期)");
    expect(ja).toContain("貸借対照表");
  });

  it("prints the unit line and the source line of a statement", () => {
    const sheet = both.sheets.find((s) => s.key === "en:operationsQuarterly")!;
    const column = sheet.values.map((r) => r[0]);
    expect(column).toContain(
      "JPY thousands; USD thousands at JPY 118.07 = USD 1; per share and per ADS in JPY; shares; ADSs"
    );
    expect(column).toContain("Source: Appendix 1");
  });

  it("prints totals bold and indents labels by level", () => {
    const sheet = both.sheets.find((s) => s.key === "en:operationsQuarterly")!;
    const totalRow = sheet.values.findIndex((r) => r[0] === "Total revenues");
    expect(sheet.totalRows).toContain(totalRow);
    expect(Math.max(...sheet.indents)).toBe(2);
  });

  it("grows its conditional formats with tables, not cells: shares and changes are one range per column block", () => {
    const sheet = both.sheets.find((s) => s.key === "en:operationsQuarterly")!;
    const shares = sheet.highlights.filter((h) => h.rule === "share" && h.severity === "major");
    expect(shares.length).toBeLessThanOrEqual(6);
    expect(shares.every((h) => h.range.includes(":"))).toBe(true);
  });

  it("links every finding on the Checks sheet to its cell", () => {
    const checks = both.sheets.find((s) => s.key === "checks")!;
    expect(checks.links.length).toBeGreaterThan(0);
    for (const link of checks.links) {
      const [, sheet, address] = /^'(.+)'!([A-Z]+\d+)$/.exec(link.target)!;
      expect(both.sheets.some((s) => s.name === sheet)).toBe(true);
      expect(both.placements.some((p) => p.sheet === sheet && p.address === address)).toBe(true);
    }
  });

  it("writes the claims' recomputed values as formulas over the tables' cells", () => {
    const claims = both.sheets.find((s) => s.key === "en:claims")!;
    const formulas = claims.values.flatMap((r) =>
      r.filter((v) => typeof v === "string" && v.startsWith("="))
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.some((f) => (f as string).includes("'Operations (Quarterly)'!"))).toBe(true);
  });
});

it("lays out only the table groups asked for", () => {
  const plan = buildWorkbookPlan(index, {
    edition: "en",
    tables: ["balanceSheet"],
    mode: "round",
    highlightMinor: true,
  });
  expect(new Set(plan.placements.map((p) => p.ref.table))).toEqual(
    new Set(["balance_sheet", "claims"])
  );
  expect(plan.names.map((n) => n.name)).toContain("IIJ_BALANCE_SHEET");
});
