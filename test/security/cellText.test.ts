import fc from "fast-check";
import { buildWorkbookPlan } from "../../src/core/layout/buildWorkbookPlan";
import type { SheetPlan, WorkbookPlan } from "../../src/core/layout/WorkbookPlan";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { releaseDeps } from "../../src/excel/releaseDeps";
import { planGrids } from "../support/planVersusEngine";

const index = buildIndex(dataset);
const deps = releaseDeps(
  index,
  () => Promise.reject(new Error("no Excel in this test")),
  () => false
);

/** The functions the plan's formulas may call: its rules' evaluators, sums and in-workbook links. */
const PLANNED_FUNCTIONS = new Set([
  "ABS",
  "AND",
  "HYPERLINK",
  "IF",
  "ISNUMBER",
  "MAX",
  "MIN",
  "OR",
  "ROUND",
  "SUM",
]);

/** A text written as a value that Excel would take for a formula (or DDE) when typed. */
const FORMULA_LIKE = /^[=+\-@]/;

function textCells(sheet: SheetPlan): Array<{ where: string; text: string }> {
  return sheet.values.flatMap((row, r) =>
    row.flatMap((value, c) =>
      typeof value === "string" ? [{ where: `${sheet.name}!R${r + 1}C${c + 1}`, text: value }] : []
    )
  );
}

const plans: ReadonlyArray<[string, WorkbookPlan]> = (["en", "ja", "both"] as const).map(
  (edition) => [edition, buildWorkbookPlan(index, { edition, mode: "round", highlightMinor: true })]
);

describe.each(plans)("the text the plan of edition %s writes", (_, plan) => {
  it("never starts with + - or @, so no label or explanation is read as a formula", () => {
    const risky = plan.sheets
      .flatMap(textCells)
      .filter(({ text }) => FORMULA_LIKE.test(text) && !text.startsWith("="));
    expect(risky).toEqual([]);
  });

  it("starts with = only for formulas that call the plan's own functions", () => {
    const called = plan.sheets
      .flatMap(textCells)
      .filter(({ text }) => text.startsWith("="))
      .flatMap(({ where, text }) =>
        // Quoted sheet names ('Operations (Quarterly)'!D8) and text literals call nothing.
        [
          ...text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "").matchAll(/([A-Za-z_][\w.]*)\s*\(/g),
        ].map((m) => ({ where, fn: m[1] }))
      );
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter(({ fn }) => !PLANNED_FUNCTIONS.has(fn.toUpperCase()))).toEqual([]);
  });

  it("puts no formula on the Checks sheet: its explanations are values", () => {
    const checks = plan.sheets.find((s) => s.key === "checks");
    expect(checks).toBeDefined();
    expect(textCells(checks!).filter(({ text }) => FORMULA_LIKE.test(text))).toEqual([]);
  });
});

describe("the Checks sheet after a user's edits", () => {
  const plan = plans[2][1];
  const edit = fc.record({
    cell: fc.integer({ min: 0, max: plan.placements.length - 1 }),
    value: fc.oneof(
      fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom(-0, 1e-9, -1e-9, 0.5, -0.5)
    ),
  });

  it("writes every finding's explanation and label as text that cannot start a formula", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const grids = planGrids(plan);
        for (const { cell, value } of edits) {
          const placed = plan.placements[cell];
          grids[placed.sheet][placed.row][placed.column] = value;
        }
        const report = deps.checkGrids(plan, new Map(Object.entries(grids)), "round");
        const checks = deps.checksSheet(plan, report, "round");
        const risky = textCells(checks).filter(({ text }) => FORMULA_LIKE.test(text));
        expect(risky).toEqual([]);
        expect(report.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 }
    );
  });
});
