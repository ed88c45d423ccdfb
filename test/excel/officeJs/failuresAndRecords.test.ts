import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import { clearHighlights } from "../../../src/excel/clearHighlights";
import { WorkbookError } from "../../../src/excel/errors";
import { createSelectionActions } from "../../../src/excel/createSelectionActions";
import { loadRelease } from "../../../src/excel/loadRelease";
import { SELECTION_RECORD_SETTING } from "../../../src/excel/selectionRecord";
import { releaseDeps } from "../../../src/excel/releaseDeps";
import type { LoadOptions } from "../../../src/excel/WorkbookActions";
import {
  type HarnessModel,
  type HarnessOptions,
  harnessRequirements,
  harnessWorkbook,
  officeJsRunner,
} from "./officeJsHarness";
import { modelCells, statementCells } from "../selectionStatement";

const index = buildIndex(dataset);
const SPLIT: LoadOptions = {
  edition: "both",
  mode: "round",
  highlightMinor: true,
  tables: ["operations"],
};
const SMALL: LoadOptions = {
  edition: "en",
  mode: "round",
  highlightMinor: true,
  tables: ["balanceSheet"],
};

/** Requests of 150 KB at most, so that even a small load spreads over several, whatever the plan. */
const SMALL_REQUESTS = 150_000;

async function load(model: HarnessModel, options: LoadOptions, harness: HarnessOptions = {}) {
  const runner = officeJsRunner(model, harness);
  const deps = releaseDeps(index, runner.run, harnessRequirements);
  await loadRelease({ ...deps, requestBudget: SMALL_REQUESTS }, options);
  return runner;
}

/** What a user sees of the workbook: sheets, names, rules, settings. */
function snapshot(model: HarnessModel): string {
  return JSON.stringify({
    sheets: model.sheets.map((s) => ({ id: s.id, name: s.name, rules: s.rules })),
    names: [...model.names].sort((a, b) => a.name.localeCompare(b.name)),
    settings: [...model.settings.entries()],
  });
}

function userWorkbook(): HarnessModel {
  const model = harnessWorkbook();
  model.names.push({ name: "MyTotal", formula: "='Sheet1'!$B$2" });
  model.sheets[0].rules.push({
    id: "{user}",
    range: "B2:B9",
    formula: "=B2>100",
    fill: "#FFC7CE",
    font: "#9C0006",
  });
  return model;
}

describe("a load split over requests (office-js in jsdom)", () => {
  it("leaves the workbook as it was when any of its requests fails, on a reload too", async () => {
    const model = userWorkbook();
    await load(model, SPLIT);
    const reload = await load(model, SPLIT);
    const requests = reload.requests.length;
    expect(requests).toBeGreaterThan(4);
    const before = snapshot(model);
    // Index 0 is the read, the last Excel.run's release of references; the swap comes before it.
    for (const failing of [1, 2, requests - 2]) {
      await expect(
        load(model, SPLIT, { failRequest: { index: failing, code: "GeneralException" } })
      ).rejects.toThrow(WorkbookError);
      expect(JSON.parse(snapshot(model))).toEqual(JSON.parse(before));
    }
    expect(model.orderViolations).toEqual([]);
  });

  it("defines names before the rules that read them and removes them after, on a reload", async () => {
    const model = userWorkbook();
    await load(model, SPLIT);
    await load(model, SPLIT);
    expect(model.orderViolations).toEqual([]);
    expect(model.names.filter((n) => n.formula.includes("#REF!"))).toEqual([]);
  });

  it("reports a request Excel refuses for its size as its own kind, and changes nothing", async () => {
    const model = userWorkbook();
    const before = snapshot(model);
    const error = await load(model, SPLIT, { limitBytes: 100_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe("payloadTooLarge");
    expect(snapshot(model)).toBe(before);
  });
});

describe("Clear highlights by the record of rules written (office-js in jsdom)", () => {
  it("removes the add-in's rules and keeps a user's own, even in the same colours", async () => {
    const model = userWorkbook();
    await load(model, SMALL);
    const sheet = model.sheets[1];
    const own = sheet.rules.length;
    expect(own).toBeGreaterThan(0);
    sheet.rules.push({
      id: "{mine}",
      range: "C5",
      formula: "=C5<0",
      fill: "#FFC7CE",
      font: "#9C0006",
    });
    const runner = officeJsRunner(model);
    const result = await clearHighlights(releaseDeps(index, runner.run, harnessRequirements));
    expect(result.rules).toBe(own);
    expect(result.unreadSheets).toEqual([]);
    expect(sheet.rules.map((r) => r.id)).toEqual(["{mine}"]);
    expect(model.sheets[0].rules.map((r) => r.id)).toEqual(["{user}"]);
  });

  it("removes a selection's highlights too, each by its fingerprint, and keeps a user's rules", async () => {
    const model = userWorkbook();
    await load(model, SMALL);
    const loaded = model.sheets[1].rules.length;
    // A user's table on a sheet of theirs, checked and highlighted with "Check the selection".
    const cells = statementCells(40, 3);
    cells[5][3] = { ...cells[5][3], value: Number(cells[5][3].value) + 0.02 };
    model.sheets.push({
      id: "{data}",
      name: "Data",
      rules: [{ id: "{mine}", range: "D4", formula: "=D4>1", fill: "#FFC7CE", font: "#9C0006" }],
      notes: [],
      cells: modelCells(cells, { row: 2, column: 1 }),
    });
    model.selection = { sheet: "{data}", row: 2, column: 1, rows: 41, columns: 12 };
    const selection = createSelectionActions({
      run: officeJsRunner(model).run,
      requirements: harnessRequirements,
    });
    const checked = await selection.checkSelection("round");
    if (checked.kind !== "checked") {
      throw new Error(`not checked: ${checked.kind}`);
    }
    const written = await selection.highlightSelection(checked, true);
    expect(written.rules).toBeGreaterThan(0);
    const data = model.sheets.find((sh) => sh.id === "{data}");
    expect(data?.rules).toHaveLength(written.rules + 1);
    const runner = officeJsRunner(model);
    const result = await clearHighlights(releaseDeps(index, runner.run, harnessRequirements));
    expect(result.rules).toBe(loaded + written.rules);
    expect(result.unreadSheets).toEqual([]);
    expect(data?.rules.map((r) => r.id)).toEqual(["{mine}"]);
    expect(model.sheets[0].rules.map((r) => r.id)).toEqual(["{user}"]);
    expect(model.settings.get(SELECTION_RECORD_SETTING)).toBe("{}");
    // Nothing is left to clear: a second Clear removes nothing and writes no selection record.
    const again = await clearHighlights(releaseDeps(index, runner.run, harnessRequirements));
    expect(again.rules).toBe(0);
  });

  it("clears what it can read and names the sheet where a rule could not be read", async () => {
    const model = userWorkbook();
    await load(model, SMALL);
    const sheet = model.sheets[1];
    const total = sheet.rules.length;
    sheet.rules[0].unreadable = true;
    const runner = officeJsRunner(model);
    const result = await clearHighlights(releaseDeps(index, runner.run, harnessRequirements));
    expect(result.unreadSheets).toEqual([sheet.name]);
    expect(result.rules).toBe(total - 1);
    expect(sheet.rules).toHaveLength(1);
  });
});
