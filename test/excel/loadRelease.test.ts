import { WorkbookError } from "../../src/excel/errors";
import { LOAD_RECORD_SETTING, parseLoadRecord } from "../../src/excel/loadRecord";
import { loadRelease } from "../../src/excel/loadRelease";
import { ruleFingerprint } from "../../src/excel/ruleFingerprint";
import type { LoadOptions } from "../../src/excel/WorkbookActions";
import { fakeRunner } from "./support/FakeContext";
import { addUserSheet, emptyWorkbook, type WorkbookState } from "./support/fakeState";
import { emptyReport, sampleDeps, samplePlan, upTo } from "./support/samplePlan";

const options: LoadOptions = { edition: "en", mode: "round", highlightMinor: true };

function sheetNames(state: WorkbookState): string[] {
  return state.sheets.map((s) => s.name);
}

describe("loadRelease", () => {
  it("writes every sheet of the plan in two syncs", async () => {
    const state = emptyWorkbook();
    const { run, contexts } = fakeRunner(state);
    const result = await loadRelease(sampleDeps(run), options);
    expect(result.sheets).toEqual(["Operations", "Balance Sheet", "Checks"]);
    expect(sheetNames(state)).toEqual(["Operations", "Balance Sheet", "Checks"]);
    expect(contexts).toHaveLength(1);
    expect(contexts[0].syncCount).toBe(2);
  });

  it("writes each sheet as one values and one numberFormat assignment", async () => {
    const state = emptyWorkbook();
    const { run, contexts } = fakeRunner(state);
    await loadRelease(sampleDeps(run), options);
    const context = contexts[0];
    expect(context.callsOf("range.values")).toHaveLength(3);
    expect(context.callsOf("range.numberFormat")).toHaveLength(3);
    const operations = state.sheets[0];
    expect(operations.cells["3,1"]).toEqual({ value: 20, numberFormat: "#,##0;(#,##0)" });
    expect(operations.cells["5,1"].value).toBe("=SUM(B3:B5)");
    expect(operations.cells["0,0"].value).toBe("Operations title");
  });

  it("suspends calculation first and styles rows as groups", async () => {
    const state = emptyWorkbook();
    const { run, contexts } = fakeRunner(state);
    await loadRelease(sampleDeps(run), options);
    const calls = contexts[0].calls;
    const writes = calls.filter((c) => c.op !== "worksheets.load" && !c.op.endsWith(".load"));
    expect(writes[0].op).toBe("application.suspendApiCalculationUntilNextSync");
    const operations = state.sheets[0].formats;
    expect(operations["A6:C6|format.borders.EdgeTop.style"]).toBe("Continuous");
    expect(operations["A6:C6|format.font.bold"]).toBe(true);
    expect(operations["A2:C2|format.borders.EdgeBottom.style"]).toBe("Continuous");
    expect(operations["A3:A5|format.indentLevel"]).toBe(1);
    expect(operations["A1|format.font.size"]).toBe(14);
    expect(operations["A1|format.columnWidth"]).toBeGreaterThan(0);
    expect(state.sheets[0].freeze).toBe("A1:A2");
    expect(state.sheets[2].freeze).toBe("rows:2");
  });

  it("adds the highlights on exactly the planned ranges with the severity's colours", async () => {
    const state = emptyWorkbook();
    const { run } = fakeRunner(state);
    const plan = samplePlan();
    await loadRelease(sampleDeps(run, plan), options);
    plan.sheets.forEach((sheetPlan, i) => {
      const written = state.sheets[i].conditionalFormats.map((cf) => ({
        range: cf.address,
        formula: cf.formula,
        type: cf.type,
        fill: cf.fill,
        font: cf.font,
      }));
      expect(written).toEqual(
        sheetPlan.highlights.map((h) => ({
          range: h.range,
          formula: `=${h.formula}`,
          type: "Custom",
          fill: "#FFC7CE",
          font: "#9C0006",
        }))
      );
    });
  });

  it("keeps formulas, names and links pointing at the final sheets after the swap", async () => {
    const state = emptyWorkbook();
    const { run } = fakeRunner(state);
    await loadRelease(sampleDeps(run), options);
    const checks = state.sheets[2];
    expect(checks.cells["2,1"].value).toBe("='Operations'!C3");
    expect(checks.hyperlinks.A3).toEqual({
      documentReference: "'Operations'!C3",
      textToDisplay: "C3",
    });
    expect(state.names).toEqual(
      expect.arrayContaining([
        { name: "IIJ_OPERATIONS", formula: "='Operations'!$A$3:$C$6", comment: "Operations" },
        expect.objectContaining({ name: "IIJ_SHEET_CHECKS", formula: "='Checks'!$A$1" }),
      ])
    );
    expect(state.active).toBe("Operations");
  });

  it("never touches a user's sheet with a clashing name and reports the rename", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Checks", [["my notes", 42]]);
    const before = structuredClone(state.sheets[0]);
    const { run } = fakeRunner(state);
    const result = await loadRelease(sampleDeps(run), options);
    expect(result.renamed).toEqual([{ wanted: "Checks", actual: "Checks (2)" }]);
    expect(state.sheets.find((s) => s.name === "Checks")).toEqual(before);
    expect(sheetNames(state)).toContain("Checks (2)");
    const mark = state.names.find((n) => n.name === "IIJ_SHEET_CHECKS");
    expect(mark?.formula).toBe("='Checks (2)'!$A$1");
    expect(state.names.find((n) => n.name === "IIJ_FXRATE")?.formula).toBe("='Checks (2)'!$B$1");
  });

  it("replaces only its own sheets on reload, in two syncs again", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Mine", [["keep"]]);
    const { run, contexts } = fakeRunner(state);
    await loadRelease(sampleDeps(run), options);
    state.sheets[1].cells["0,0"] = { value: "edited by the user", numberFormat: "General" };
    const user = structuredClone(state.sheets[0]);
    const result = await loadRelease(sampleDeps(run), options);
    expect(result.renamed).toEqual([]);
    expect(sheetNames(state)).toEqual(["Mine", "Operations", "Balance Sheet", "Checks"]);
    expect(state.sheets[0]).toEqual(user);
    expect(state.sheets[1].cells["0,0"].value).toBe("Operations title");
    expect(contexts[1].syncCount).toBe(2);
    expect(state.names.filter((n) => n.name === "IIJ_SHEET_CHECKS")).toHaveLength(1);
  });

  it("does not own a user's sheet named like a deleted sheet of the add-in", async () => {
    const state = emptyWorkbook();
    const { run } = fakeRunner(state);
    await loadRelease(sampleDeps(run), options);
    state.sheets = state.sheets.filter((s) => s.name !== "Checks");
    state.names.forEach((n) => {
      if (n.formula.includes("'Checks'!")) n.formula = "=#REF!";
    });
    addUserSheet(state, "Checks", [["the user's own"]]);
    const mine = structuredClone(state.sheets[state.sheets.length - 1]);
    const result = await loadRelease(sampleDeps(run), options);
    expect(result.renamed).toEqual([{ wanted: "Checks", actual: "Checks (2)" }]);
    expect(state.sheets.find((s) => s.name === "Checks")).toEqual(mine);
  });

  it("leaves no partial sheets and the old ones intact when the write fails", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Mine", [["keep"]]);
    await loadRelease(sampleDeps(fakeRunner(state).run), options);
    const before = structuredClone(state);
    const { run } = fakeRunner(state, {
      failAtSync: { sync: 2, op: "conditionalFormats.add", code: "GeneralException" },
    });
    await expect(loadRelease(sampleDeps(run), options)).rejects.toBeInstanceOf(WorkbookError);
    expect(state.sheets).toEqual(before.sheets);
    expect(state.names).toEqual(before.names);
  });

  it("says the workbook is protected and adds nothing", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Mine", [["keep"]]);
    state.protected = true;
    const before = structuredClone(state);
    const { run, contexts } = fakeRunner(state);
    const error = await loadRelease(sampleDeps(run), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe("protected");
    expect((error as WorkbookError).message).toMatch(/Unprotect/);
    expect(state).toEqual(before);
    expect(contexts[0].syncCount).toBe(1);
  });

  it("reports a sheet limit and removes the sheets it had added", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Mine", [["keep"]]);
    const before = structuredClone(state.sheets);
    const { run } = fakeRunner(state, { sheetLimit: 2 });
    const error = await loadRelease(sampleDeps(run), options).catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe("sheetLimit");
    expect(state.sheets).toEqual(before);
  });

  it("says what is missing when the host is below ExcelApi 1.7 and touches nothing", async () => {
    const state = emptyWorkbook();
    const { run, contexts } = fakeRunner(state);
    const error = await loadRelease(sampleDeps(run, samplePlan(), upTo("1.6")), options).catch(
      (e: unknown) => e
    );
    expect((error as WorkbookError).kind).toBe("unsupported");
    expect((error as Error).message).toMatch(/ExcelApi 1\.7/);
    expect(contexts).toHaveLength(0);
  });

  it("records the rules it wrote, and none when the host cannot highlight", async () => {
    const state = emptyWorkbook();
    await loadRelease(sampleDeps(fakeRunner(state).run), options);
    const rules = parseLoadRecord(state.settings[LOAD_RECORD_SETTING])?.rules ?? {};
    const written = state.sheets.flatMap((s) =>
      s.conditionalFormats.map((c) => ruleFingerprint(c.formula))
    );
    expect(new Set(Object.values(rules).flat())).toEqual(new Set(written));
    const without = emptyWorkbook();
    await loadRelease(
      sampleDeps(fakeRunner(without).run, samplePlan(), (v) => v !== "1.6"),
      options
    );
    expect(without.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
    expect(parseLoadRecord(without.settings[LOAD_RECORD_SETTING])?.rules).toEqual({});
  });

  it("loads without row styles below ExcelApi 1.9", async () => {
    const state = emptyWorkbook();
    const { run, contexts } = fakeRunner(state);
    await loadRelease(sampleDeps(run, samplePlan(), upTo("1.8")), options);
    expect(contexts[0].calls.some((c) => c.op === "format.indentLevel")).toBe(false);
    expect(state.sheets).toHaveLength(3);
    expect(state.sheets[0].conditionalFormats.length).toBeGreaterThan(0);
  });

  it("reports each sheet planned before any write, then written once its request completed", async () => {
    const seen: string[] = [];
    const { run, contexts } = fakeRunner(emptyWorkbook());
    await loadRelease(sampleDeps(run), {
      ...options,
      onProgress: (p) =>
        seen.push(`${p.phase} ${p.sheet} ${p.done}/${p.total} after sync ${contexts[0].syncCount}`),
    });
    // The sample's writes fit one request: the read is sync 1, the writes sync 2.
    expect(seen).toEqual([
      "plan Operations 1/3 after sync 1",
      "plan Balance Sheet 2/3 after sync 1",
      "plan Checks 3/3 after sync 1",
      "write Operations 1/3 after sync 2",
      "write Balance Sheet 2/3 after sync 2",
      "write Checks 3/3 after sync 2",
    ]);
  });

  it("reports the plan's own check and runs the engine no more", async () => {
    const { run } = fakeRunner(emptyWorkbook());
    const plan = samplePlan();
    const checked: unknown[] = [];
    const deps = sampleDeps(run, plan, () => true, {
      checkGrids: (...args) => {
        checked.push(args);
        return emptyReport();
      },
    });
    const result = await loadRelease(deps, options);
    expect(result.report).toBe(plan.report);
    expect(checked).toEqual([]);
    expect(deps.planCalls).toHaveLength(1);
  });
});
