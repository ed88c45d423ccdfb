import type { CheckReport } from "../../src/core/checks/CheckReport";
import { placementKey } from "../../src/core/layout/buildWorkbookPlan";
import type { PlacedCell, WorkbookPlan } from "../../src/core/layout/WorkbookPlan";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { checkWorkbook } from "../../src/excel/checkWorkbook";
import { clearHighlights } from "../../src/excel/clearHighlights";
import { WorkbookError } from "../../src/excel/errors";
import { NOTE_PREFIX } from "../../src/excel/findingNotes";
import { loadRelease } from "../../src/excel/loadRelease";
import { releaseDeps } from "../../src/excel/releaseDeps";
import { fakeRunner } from "./support/FakeContext";
import { parseArea } from "./support/FakeRange";
import { addUserSheet, emptyWorkbook, type WorkbookState } from "./support/fakeState";
import { upTo } from "./support/samplePlan";

const index = buildIndex(dataset);
const options = { edition: "both", mode: "round", highlightMinor: true } as const;

async function loaded(supports: (v: string) => boolean = () => true) {
  const state = emptyWorkbook();
  addUserSheet(state, "Mine", [["keep", 1]]);
  const runner = fakeRunner(state);
  const deps = releaseDeps(index, runner.run, supports);
  const load = await loadRelease(deps, options);
  return { state, runner, deps, load };
}

/** The cells of the report's findings, as the plan placed them, one per cell. */
function flaggedCells(plan: WorkbookPlan, report: CheckReport): PlacedCell[] {
  const at = new Map(plan.placements.map((p) => [placementKey(p.edition, p.ref), p]));
  const cells = new Map<string, PlacedCell>();
  for (const f of report.findings) {
    const p = at.get(placementKey(f.edition, f.where));
    if (p !== undefined) cells.set(`${p.sheet}!${p.address}`, p);
  }
  return [...cells.values()];
}

function notesOf(state: WorkbookState): string[] {
  return state.sheets.flatMap((s) => s.notes.map((n) => `${s.name}!${n.address}`)).sort();
}

describe("checkWorkbook", () => {
  it("checks a pristine load in three syncs and finds what the load reported", async () => {
    const { state, runner, deps, load } = await loaded();
    const report = await checkWorkbook(deps, options);
    const context = runner.contexts[1];
    expect(context.syncCount).toBeLessThanOrEqual(3);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.ruleId + f.edition)).toEqual(
      load.report.findings.map((f) => f.ruleId + f.edition)
    );
    expect(notesOf(state).length).toBeGreaterThan(0);
    expect(state.sheets.every((s) => s.notes.every((n) => n.content.startsWith(NOTE_PREFIX)))).toBe(
      true
    );
  });

  it("puts one note on every flagged cell the plan placed, and nowhere else", async () => {
    const { state, deps } = await loaded();
    const report = await checkWorkbook(deps, options);
    const plan = deps.buildPlan(options);
    const flagged = new Set<string>();
    for (const f of report.findings) {
      const p = plan.placements.find(
        (c) =>
          c.edition === f.edition &&
          c.ref.table === f.where.table &&
          c.ref.item === f.where.item &&
          c.ref.column === f.where.column
      );
      if (p !== undefined) flagged.add(`${p.sheet}!${p.address}`);
    }
    expect(notesOf(state)).toEqual([...flagged].sort());
  });

  it("checks the user's edits: a changed share is flagged at its cell", async () => {
    const { state, deps, load } = await loaded();
    const plan = deps.buildPlan(options);
    const flaggedBefore = new Set(load.report.findings.map((f) => f.ruleId + f.edition));
    const target = plan.placements.find(
      (p) =>
        p.storage === "percent" &&
        p.edition === "en" &&
        !load.report.findings.some(
          (f) =>
            f.where.item === p.ref.item &&
            f.where.column === p.ref.column &&
            f.where.table === p.ref.table
        )
    );
    expect(target).toBeDefined();
    const sheet = state.sheets.find((s) => s.name === target!.sheet)!;
    const cell = sheet.cells[`${target!.row},${target!.column}`];
    cell.value = (cell.value as number) + 0.05;
    const report = await checkWorkbook(deps, options);
    const added = report.findings.filter((f) => !flaggedBefore.has(f.ruleId + f.edition));
    expect(
      added.some((f) => f.where.item === target!.ref.item && f.where.column === target!.ref.column)
    ).toBe(true);
  });

  it("rewrites the Checks sheet from the workbook's report", async () => {
    const { state, deps } = await loaded();
    const checks = state.sheets.find((s) => s.name === "Checks")!;
    checks.cells["0,0"] = { value: "scribbled", numberFormat: "General" };
    await checkWorkbook(deps, options);
    expect(checks.cells["0,0"].value).toBe("Checks");
    expect(Object.keys(checks.hyperlinks).length).toBeGreaterThan(0);
  });

  it("writes comments instead of notes between ExcelApi 1.10 and 1.17, and none below", async () => {
    const withComments = await loaded(upTo("1.17"));
    await checkWorkbook(withComments.deps, options);
    expect(withComments.state.sheets.some((s) => s.comments.length > 0)).toBe(true);
    expect(withComments.state.sheets.every((s) => s.notes.length === 0)).toBe(true);
    const without = await loaded(upTo("1.9"));
    await checkWorkbook(without.deps, options);
    expect(without.state.sheets.every((s) => s.notes.length + s.comments.length === 0)).toBe(true);
  });

  it("refreshes its notes instead of piling them up", async () => {
    const { state, deps } = await loaded();
    await checkWorkbook(deps, options);
    const once = notesOf(state);
    await checkWorkbook(deps, options);
    expect(notesOf(state)).toEqual(once);
  });

  it("keeps a user's note and a user's comment on flagged cells and still writes the Check", async () => {
    const { state, deps, load } = await loaded();
    const flagged = flaggedCells(deps.buildPlan(options), load.report);
    expect(flagged.length).toBeGreaterThan(3);
    const [noted, commented] = flagged;
    const sheetOf = (name: string) => state.sheets.find((s) => s.name === name)!;
    sheetOf(noted.sheet).notes.push({ id: 901, address: noted.address, content: "my note" });
    sheetOf(commented.sheet).comments.push({
      id: 902,
      address: commented.address,
      content: "my comment",
    });
    const report = await checkWorkbook(deps, options);
    expect(report.findings.length).toBe(load.report.findings.length);
    const at = (name: string, address: string) => {
      const sheet = sheetOf(name);
      return [...sheet.notes, ...sheet.comments].filter((n) => n.address === address);
    };
    expect(at(noted.sheet, noted.address).map((n) => n.content)).toEqual(["my note"]);
    expect(at(commented.sheet, commented.address).map((n) => n.content)).toEqual(["my comment"]);
    for (const other of flagged.slice(2)) {
      expect(at(other.sheet, other.address).map((n) => n.content.startsWith(NOTE_PREFIX))).toEqual([
        true,
      ]);
    }
    expect(Object.keys(sheetOf("Checks").hyperlinks).length).toBeGreaterThan(0);
  });

  it("keeps a user's comment on a flagged cell where the host writes comments", async () => {
    const { state, deps, load } = await loaded(upTo("1.17"));
    const [cell] = flaggedCells(deps.buildPlan(options), load.report);
    const sheet = state.sheets.find((s) => s.name === cell.sheet)!;
    sheet.comments.push({ id: 903, address: cell.address, content: "mine" });
    await checkWorkbook(deps, options);
    expect(sheet.comments.filter((c) => c.address === cell.address).map((c) => c.content)).toEqual([
      "mine",
    ]);
    expect(
      state.sheets.some((s) => s.comments.some((c) => c.content.startsWith(NOTE_PREFIX)))
    ).toBe(true);
  });

  it("rewrites its own notes in place on the next Check", async () => {
    const { state, deps } = await loaded();
    await checkWorkbook(deps, options);
    const ids = state.sheets.flatMap((s) => s.notes.map((n) => n.id)).sort();
    const [first] = state.sheets.flatMap((s) => s.notes);
    first.content = `${NOTE_PREFIX}stale`;
    await checkWorkbook(deps, { ...options, mode: "truncate" });
    const after = state.sheets.flatMap((s) => s.notes);
    expect(after.map((n) => n.id).filter((id) => ids.includes(id)).length).toBeGreaterThan(0);
    expect(after.every((n) => n.content !== `${NOTE_PREFIX}stale`)).toBe(true);
  });

  it("says the release is not loaded in a workbook without the add-in's sheets", async () => {
    const state = emptyWorkbook();
    addUserSheet(state, "Mine", [["keep"]]);
    const deps = releaseDeps(index, fakeRunner(state).run, () => true);
    const error = await checkWorkbook(deps, options).catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe("notLoaded");
  });
});

describe("highlights of the release", () => {
  it("puts conditional formats on exactly the ranges the plan specifies", async () => {
    const { state, deps } = await loaded();
    const plan = deps.buildPlan(options);
    for (const sheetPlan of plan.sheets) {
      const sheet = state.sheets.find((s) => s.name === sheetPlan.name)!;
      const written = sheet.conditionalFormats.map(
        (cf) => `${cf.address} ${cf.formula} ${cf.fill}`
      );
      const wanted = sheetPlan.highlights.map(
        (h) => `${h.range} =${h.formula} ${h.severity === "major" ? "#FFC7CE" : "#FFEB9C"}`
      );
      expect(written).toEqual(wanted);
    }
  });

  it("uses fewer conditional formats than highlighted cells", async () => {
    const { deps } = await loaded();
    const plan = deps.buildPlan(options);
    const ranges = plan.sheets.flatMap((s) => s.highlights);
    const cells = ranges.reduce((n, h) => {
      return (
        n + h.range.split(",").reduce((m, a) => m + parseArea(a).rows * parseArea(a).columns, 0)
      );
    }, 0);
    expect(ranges.length).toBeLessThan(cells);
  });

  it("clears exactly its own highlights and notes, leaving a user's", async () => {
    const { state, deps } = await loaded();
    await checkWorkbook(deps, options);
    const sheet = state.sheets[1];
    sheet.conditionalFormats.push({
      id: 999,
      address: "B2",
      type: "Custom",
      formula: "=TRUE",
      fill: "#00FF00",
      font: "#000000",
    });
    sheet.notes.push({ id: 998, address: "A1", content: "my own note" });
    const ours =
      state.sheets.reduce((n, s) => n + s.conditionalFormats.length + s.notes.length, 0) - 2;
    const user = structuredClone(state.sheets[0]);
    const { removed, unreadSheets } = await clearHighlights(deps);
    expect(removed).toBe(ours);
    expect(unreadSheets).toEqual([]);
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual([999]);
    expect(sheet.notes.map((n) => n.content)).toEqual(["my own note"]);
    expect(state.sheets[0]).toEqual(user);
  });

  it("puts the highlights back on the next check", async () => {
    const { state, deps } = await loaded();
    const count = () => state.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);
    const before = count();
    await clearHighlights(deps);
    expect(count()).toBe(0);
    await checkWorkbook(deps, options);
    expect(count()).toBe(before);
  });

  it("replaces amber highlights when minor findings are switched off", async () => {
    const { state, deps } = await loaded();
    const amber = () =>
      state.sheets.reduce(
        (n, s) => n + s.conditionalFormats.filter((c) => c.fill === "#FFEB9C").length,
        0
      );
    const plan = deps.buildPlan(options);
    const planned = plan.sheets.flatMap((s) => s.highlights).filter((h) => h.severity === "minor");
    expect(amber()).toBe(planned.length);
    await checkWorkbook(deps, { ...options, highlightMinor: false });
    expect(amber()).toBe(0);
  });
});
