import fc from "fast-check";
import { deriveRules } from "../../../src/core/checks/deriveRules";
import { runChecks } from "../../../src/core/checks/runChecks";
import { buildWorkbookPlan } from "../../../src/core/layout/buildWorkbookPlan";
import { gridSources } from "../../../src/core/layout/gridSources";
import type { LayoutOptions } from "../../../src/core/layout/LayoutOptions";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { fixtureDataset } from "../../functions/support/fixtureDataset";
import { findingCells, highlightedCells, planGrids } from "../../support/planVersusEngine";

const index = buildIndex(fixtureDataset);
const rules = deriveRules(index);

describe.each<LayoutOptions["mode"]>(["round", "truncate"])("in %s mode", (mode) => {
  describe.each<LayoutOptions["edition"]>(["en", "ja", "both"])("edition %s", (edition) => {
    const plan = buildWorkbookPlan(index, { edition, mode, highlightMinor: true });
    const grids = planGrids(plan);

    it("highlights exactly the cells the engine finds", () => {
      const report = runChecks(index, rules, gridSources(plan, grids), mode);
      expect(highlightedCells(plan, grids)).toEqual(findingCells(plan, report.findings));
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
          const report = runChecks(index, rules, gridSources(plan, edited), mode);
          expect(highlightedCells(plan, edited)).toEqual(findingCells(plan, report.findings));
        }),
        { numRuns: 60 }
      );
    });
  });
});
