import fc from "fast-check";
import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import { runChecks } from "../../../src/core/checks/runChecks";
import { buildWorkbookPlan } from "../../../src/core/layout/buildWorkbookPlan";
import { gridSources } from "../../../src/core/layout/gridSources";
import type { LayoutOptions } from "../../../src/core/layout/LayoutOptions";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import {
  findingCells,
  highlightedCells,
  insertRow,
  planGrids,
} from "../../support/planVersusEngine";

const index = buildIndex(dataset);
const rules = compileRules(index);

describe.each<LayoutOptions["mode"]>(["round", "truncate"])("in %s mode", (mode) => {
  describe.each<LayoutOptions["edition"]>(["en", "ja", "both"])("edition %s", (edition) => {
    const plan = buildWorkbookPlan(index, { edition, mode, highlightMinor: true });
    const grids = planGrids(plan);

    it("highlights exactly the cells the engine finds", () => {
      const report = runChecks(rules, gridSources(plan, grids), mode);
      const expected = findingCells(plan, report.findings);
      expect(expected.size).toBeGreaterThan(0);
      expect(highlightedCells(plan, grids)).toEqual(expected);
    });

    it("still agrees with the engine after a user edits cells: numbers, text, blanks, errors", () => {
      const edit = fc.record({
        cell: fc.nat({ max: plan.placements.length - 1 }),
        value: fc.oneof(
          fc.integer({ min: -3, max: 3 }).map((units) => ({ units })),
          fc.constantFrom<string | number | boolean>("n/a", "", "#DIV/0!", true, 0)
        ),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const edited = planGrids(plan);
          for (const { cell, value } of edits) {
            const p = plan.placements[cell];
            const old = edited[p.sheet][p.row][p.column];
            edited[p.sheet][p.row][p.column] =
              typeof value === "object"
                ? (typeof old === "number" ? old : 0) +
                  (value.units * 10 ** -p.decimals) / (p.storage === "percent" ? 100 : 1)
                : value;
          }
          const report = runChecks(rules, gridSources(plan, edited), mode);
          expect(highlightedCells(plan, edited)).toEqual(findingCells(plan, report.findings));
        }),
        { numRuns: 25 }
      );
    });

    it("still agrees after a row is inserted inside each rule that reads another sheet's figure, the figure below it edited", () => {
      const spans = plan.sheets.flatMap((s) =>
        s.highlights.flatMap((h) => {
          const m = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(h.range);
          return m === null ||
            Number(m[3]) === Number(m[2]) ||
            !/claim|reconciliation/.test(h.rule ?? "")
            ? []
            : [{ sheet: s.name, top: Number(m[2]) - 1, column: m[1] }];
        })
      );
      expect(spans.length).toBeGreaterThan(0);
      for (const { sheet, top, column } of spans) {
        const inserted = insertRow(plan, planGrids(plan), sheet, top + 1);
        const below = inserted.plan.placements.find(
          (p) => p.sheet === sheet && p.address === `${column}${top + 3}`
        )!;
        const old = inserted.grids[sheet][below.row][below.column] as number;
        inserted.grids[sheet][below.row][below.column] =
          old + (3 * 10 ** -below.decimals) / (below.storage === "percent" ? 100 : 1);
        const report = runChecks(rules, gridSources(inserted.plan, inserted.grids), mode);
        const expected = findingCells(inserted.plan, report.findings);
        expect([...expected].some((c) => c.startsWith(`${sheet}!${column}${top + 3} `))).toBe(true);
        expect(highlightedCells(inserted.plan, inserted.grids)).toEqual(expected);
      }
    });

    it("still agrees after a user inserts a row inside a rule's range, which then covers the new row", () => {
      const spans = plan.sheets.flatMap((s) =>
        s.highlights.flatMap((h, index) => {
          const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(h.range);
          return m === null || Number(m[2]) === Number(m[1])
            ? []
            : [{ sheet: s.name, top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, index }];
        })
      );
      expect(spans.length).toBeGreaterThan(0);
      const insertion = fc.nat({ max: spans.length - 1 }).chain((i) =>
        fc.record({
          span: fc.constant(spans[i]),
          at: fc.integer({ min: spans[i].top + 1, max: spans[i].bottom }),
        })
      );
      const nudge = fc.record({
        cell: fc.nat({ max: plan.placements.length - 1 }),
        units: fc.integer({ min: -3, max: 3 }),
      });
      fc.assert(
        fc.property(insertion, fc.array(nudge, { maxLength: 4 }), ({ span, at }, nudges) => {
          const inserted = insertRow(plan, planGrids(plan), span.sheet, at);
          const grown = inserted.plan.sheets.find((s) => s.name === span.sheet)!.highlights[
            span.index
          ];
          const [, last] = /:[A-Z]+(\d+)$/.exec(grown.range)!;
          expect(Number(last) - 1).toBe(span.bottom + 1);
          for (const { cell, units } of nudges) {
            const p = inserted.plan.placements[cell];
            const old = inserted.grids[p.sheet][p.row][p.column];
            inserted.grids[p.sheet][p.row][p.column] =
              (typeof old === "number" ? old : 0) +
              (units * 10 ** -p.decimals) / (p.storage === "percent" ? 100 : 1);
          }
          const report = runChecks(rules, gridSources(inserted.plan, inserted.grids), mode);
          expect(highlightedCells(inserted.plan, inserted.grids)).toEqual(
            findingCells(inserted.plan, report.findings)
          );
        }),
        { numRuns: 15 }
      );
    });
  });
});

it.each<LayoutOptions["mode"]>(["round", "truncate"])(
  "highlights, over the whole release in both editions (%s), exactly the engine's findings on the dataset itself",
  (mode) => {
    const plan = buildWorkbookPlan(index, { edition: "both", mode, highlightMinor: true });
    const report = runChecks(rules, datasetSources(index), mode);
    expect(highlightedCells(plan, planGrids(plan))).toEqual(findingCells(plan, report.findings));
  }
);

it("leaves out the amber formulas when minor findings are not highlighted", () => {
  const plan = buildWorkbookPlan(index, { edition: "both", mode: "round", highlightMinor: false });
  const report = runChecks(rules, datasetSources(index), "round");
  const major = report.findings.filter((f) => f.severity === "major");
  expect(plan.sheets.flatMap((s) => s.highlights).every((h) => h.severity === "major")).toBe(true);
  expect(highlightedCells(plan, planGrids(plan))).toEqual(findingCells(plan, major));
});
