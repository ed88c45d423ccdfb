import fc from "fast-check";
import { buildIndex } from "../../../src/core/model/buildIndex";
import type { TableKind } from "../../../src/core/model/Table";
import { dataset } from "../../../src/data";
import { checkWorkbook } from "../../../src/excel/checkWorkbook";
import { clearHighlights } from "../../../src/excel/clearHighlights";
import type { ExcelDeps } from "../../../src/excel/ExcelDeps";
import { loadRelease } from "../../../src/excel/loadRelease";
import { releaseDeps } from "../../../src/excel/releaseDeps";
import type { LoadOptions } from "../../../src/excel/WorkbookActions";
import { TABLE_KINDS } from "../../../src/taskpane/components/LoadView/useLoadView";
import { MAX_REQUEST_BYTES, loadCombinations } from "./loadCombinations";
import { harnessRequirements, officeJsRunner, type OfficeJsRunner } from "./officeJsHarness";

const index = buildIndex(dataset);

function depsOver(runner: OfficeJsRunner): ExcelDeps {
  return releaseDeps(index, runner.run, harnessRequirements);
}

function largest(runner: OfficeJsRunner): number {
  return Math.max(...runner.requests.map((r) => r.bytes));
}

async function loadAndMeasure(options: LoadOptions): Promise<OfficeJsRunner> {
  const runner = officeJsRunner();
  const deps = depsOver(runner);
  await loadRelease(deps, options);
  const plan = deps.buildPlan(options);
  // The whole plan arrived: every rule and every sheet, under its final name.
  const rules = runner.model.sheets.reduce((n, s) => n + s.rules.length, 0);
  expect(rules).toBe(plan.sheets.reduce((n, s) => n + s.highlights.length, 0));
  expect(runner.model.orderViolations).toEqual([]);
  expect(runner.model.sheets.map((s) => s.name)).toEqual([
    "Sheet1",
    ...plan.sheets.map((s) => s.name),
  ]);
  return runner;
}

describe("requests measured by Microsoft's serializer (office-js in jsdom)", () => {
  it.each(loadCombinations().map((c) => [c.label, c.options] as const))(
    "keeps every request of a load under 1.5 MB: %s",
    async (_label, options) => {
      const runner = await loadAndMeasure(options);
      expect(largest(runner)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      expect(runner.requests.every((r) => r.error === undefined)).toBe(true);
    }
  );

  it("keeps every request under 1.5 MB for random subsets of the table groups", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...TABLE_KINDS] as TableKind[], { minLength: 1 }),
        fc.constantFrom("en", "ja", "both" as const),
        async (tables, edition) => {
          const runner = await loadAndMeasure({
            edition,
            tables,
            mode: "truncate",
            highlightMinor: true,
          });
          expect(largest(runner)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
        }
      ),
      { numRuns: 3 }
    );
  });

  it("suspends calculation in every request that writes formulas, and reports a sheet only once written", async () => {
    const runner = officeJsRunner();
    const progress: number[] = [];
    await loadRelease(depsOver(runner), {
      edition: "both",
      mode: "round",
      highlightMinor: true,
      onProgress: () => progress.push(runner.requests.length),
    });
    const writes = runner.requests.filter((r) => r.writesFormulas);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((r) => r.suspendsCalculation)).toBe(true);
    // Each report follows a completed request; the sheets' reports spread over the requests.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBeGreaterThan(1);
  });

  it("keeps a check after a mode change and Clear under 1.5 MB per request", async () => {
    const runner = await loadAndMeasure({ edition: "both", mode: "round", highlightMinor: true });
    const deps = depsOver(runner);
    runner.requests.length = 0;
    await checkWorkbook(deps, { edition: "both", mode: "truncate", highlightMinor: true });
    expect(largest(runner)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const plan = deps.buildPlan({ edition: "both", mode: "truncate", highlightMinor: true });
    const rules = () => runner.model.sheets.reduce((n, s) => n + s.rules.length, 0);
    expect(rules()).toBe(plan.sheets.reduce((n, s) => n + s.highlights.length, 0));
    runner.requests.length = 0;
    const cleared = await clearHighlights(deps);
    expect(largest(runner)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(cleared.unreadSheets).toEqual([]);
    expect(rules()).toBe(0);
    expect(runner.model.orderViolations).toEqual([]);
  });
});
