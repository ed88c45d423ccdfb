import { buildWorkbookPlan, placementKey } from "../../src/core/layout/buildWorkbookPlan";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { createWorkbookActions } from "../../src/excel/createWorkbookActions";
import type { WorkbookError } from "../../src/excel/errors";
import { releaseDeps } from "../../src/excel/releaseDeps";
import { fakeRunner } from "./support/FakeContext";
import { addUserSheet, emptyWorkbook } from "./support/fakeState";
import { loadedWorkbook } from "./support/loadedWorkbook";

const index = buildIndex(dataset);

describe("goToFinding", () => {
  it("selects a figure where a partial load put it, whatever a full load would have", async () => {
    const options = {
      edition: "en",
      tables: ["balanceSheet", "cashFlows"],
      mode: "round",
      highlightMinor: true,
    } as const;
    const { state, runner, plan } = await loadedWorkbook(options);
    // A task pane opened afresh: new actions over the same workbook, nothing remembered.
    const actions = createWorkbookActions(releaseDeps(index, runner.run, () => true));
    const full = buildWorkbookPlan(index, { edition: "both", mode: "round", highlightMinor: true });
    const fullAt = new Map(full.placements.map((p) => [placementKey(p.edition, p.ref), p]));
    const elsewhere = plan.placements.filter(
      (p) => fullAt.get(placementKey(p.edition, p.ref))?.address !== p.address
    );
    expect(elsewhere.length).toBeGreaterThan(100);
    const cash = plan.placements.find(
      (p) => p.ref.table === "balance_sheet" && p.ref.item === "assets.cash"
    )!;
    expect(cash.address).toBe("B8");
    expect(await actions.goToFinding({ edition: "en", where: cash.ref })).toEqual({
      sheet: "Balance Sheet",
      address: "B8",
    });
    expect(state.selection).toEqual({ sheet: "Balance Sheet", address: "B8" });
    expect(state.active).toBe("Balance Sheet");
    // One figure per table of the load, each where its sheet holds it.
    const tables = new Set<string>();
    for (const p of plan.placements.filter(
      (q) => !tables.has(q.ref.table) && tables.add(q.ref.table)
    )) {
      expect(await actions.goToFinding({ edition: p.edition, where: p.ref })).toEqual({
        sheet: p.sheet,
        address: p.address,
      });
    }
    expect(tables.size).toBeGreaterThanOrEqual(3);
    expect(runner.contexts[runner.contexts.length - 1].syncCount).toBe(3);
  });

  it("answers null for a figure the load did not write, and selects nothing", async () => {
    const { state, runner } = await loadedWorkbook({
      edition: "en",
      tables: ["balanceSheet"],
      mode: "round",
      highlightMinor: true,
    });
    const actions = createWorkbookActions(releaseDeps(index, runner.run, () => true));
    const revenue = { table: "operations_quarterly", item: "revenues", column: "jpy_4Q02" };
    state.selection = null;
    expect(await actions.goToFinding({ edition: "en", where: revenue })).toBeNull();
    expect(await actions.goToFinding({ edition: "ja", where: revenue })).toBeNull();
    expect(state.selection).toBeNull();
  });

  it("says the release is not loaded in a workbook without the add-in's sheets", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Mine", [["keep"]]);
    const actions = createWorkbookActions(releaseDeps(index, fakeRunner(state).run, () => true));
    const where = { table: "balance_sheet", item: "assets.cash", column: "usd_2003-03-31" };
    const error = await actions.goToFinding({ edition: "en", where }).catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe("notLoaded");
  });
});
