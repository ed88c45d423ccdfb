import { createSelectionActions } from "../../src/excel/createSelectionActions";
import { ruleFingerprint } from "../../src/excel/ruleFingerprint";
import type { CheckedSelection, SelectionCheck } from "../../src/excel/SelectionActions";
import { HIGHLIGHT_RULE_LIMIT } from "../../src/excel/highlightSelection";
import { SELECTION_RECORD_SETTING } from "../../src/excel/selectionRecord";
import { MAX_REQUEST_BYTES } from "./officeJs/loadCombinations";
import {
  type HarnessModel,
  type HarnessOptions,
  harnessRequirements,
  harnessWorkbook,
  officeJsRunner,
} from "./officeJs/officeJsHarness";
import { type SheetCell, modelCells, statementCells } from "./selectionStatement";

/** A user's sheet "Data" holding `cells` from B3, selected by whole columns A:AD. */
function userWorkbook(cells: ReadonlyArray<ReadonlyArray<SheetCell>>): HarnessModel {
  const model = harnessWorkbook();
  model.sheets.push({
    id: "{data}",
    name: "Data",
    rules: [{ id: "{mine}", range: "C4:C9", formula: "=C4<0", fill: "#FFC7CE", font: "#9C0006" }],
    notes: [],
    cells: modelCells(cells, { row: 2, column: 1 }),
  });
  model.selection = { sheet: "{data}", row: 0, column: 0, rows: 1_048_576, columns: 30 };
  return model;
}

/** The statement with the share in grid row 5, column 3 (sheet cell E8) two points too high. */
function withWrongShare(cells: SheetCell[][]): SheetCell[][] {
  const wrong = cells[5][3];
  const value = Number(wrong.value) + 0.02;
  cells[5][3] = { ...wrong, value, text: `${(value * 100).toFixed(1)}%` };
  return cells;
}

function actionsOver(
  model: HarnessModel,
  options: HarnessOptions = {},
  requirements: (version: string) => boolean = harnessRequirements
) {
  const runner = officeJsRunner(model, options);
  return { runner, actions: createSelectionActions({ run: runner.run, requirements }) };
}

/** A host without ExcelApi 1.9: no getRanges, so one rule per area. */
const withoutRangeAreas = (version: string): boolean =>
  version !== "1.9" && harnessRequirements(version);

function checked(result: SelectionCheck): CheckedSelection {
  if (result.kind !== "checked") {
    throw new Error(`not checked: ${result.kind}`);
  }
  return result;
}

/** What a user sees of the workbook's cells: every sheet's values, texts and formats. */
const cellsOf = (model: HarnessModel): string => JSON.stringify(model.sheets.map((s) => s.cells));

describe("Check the selection (office-js in jsdom)", () => {
  it("reads a 10,000 × 20 selection in requests and answers of at most 1.5 MB, and finds the wrong share", async () => {
    // 1,111 blocks of 8 items and a total, under one header line: 10,000 rows.
    const model = userWorkbook(withWrongShare(statementCells(9_999, 6, 8)));
    const { runner, actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("round"));
    expect(result.address).toBe("B3:U10002");
    expect(result.grid.length * result.grid[0].length).toBe(200_000);
    const answered = runner.requests.reduce((n, r) => n + r.responseBytes, 0);
    // The whole selection is well over Excel on the web's 5 MB: one request could not carry it.
    expect(answered).toBeGreaterThan(5 * 1024 * 1024);
    expect(runner.requests.length).toBeGreaterThan(4);
    for (const request of runner.requests) {
      expect(request.bytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      expect(request.responseBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      expect(request.error).toBeUndefined();
      expect(request.writesCells).toBe(false);
    }
    expect(result.check.findings.map((f) => `${f.cell} ${f.severity} ${f.kind}`)).toEqual([
      "E8 major share",
    ]);
    expect(result.check.unread).toEqual([]);
    expect(result.check.relations.filter((r) => r.kind === "share")).toHaveLength(6);
    expect(result.check.relations.filter((r) => r.kind === "change")).toHaveLength(5);
  }, 120_000);

  it("reads a block Excel refuses for its size again in halves", async () => {
    const model = userWorkbook(statementCells(300, 6));
    const { runner, actions } = actionsOver(model, { limitBytes: 40_000 });
    const result = checked(await actions.checkSelection("round"));
    expect(result.grid).toHaveLength(301);
    const refused = runner.requests.filter((r) => r.error === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(Math.max(...runner.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(40_000);
    expect(result.check.findings).toEqual([]);
  });

  it("says so when the selection holds nothing", async () => {
    const model = userWorkbook(statementCells(20, 2));
    model.selection = { sheet: "{data}", row: 100, column: 0, rows: 10, columns: 10 };
    const { actions } = actionsOver(model);
    expect(await actions.checkSelection("round")).toEqual({ kind: "empty", sheet: "Data" });
  });

  it("reports an unreadable cell as not checkable, never as a finding", async () => {
    const cells = statementCells(30, 2);
    cells[4][2] = { value: "n/a", text: "n/a", format: "General" };
    const model = userWorkbook(cells);
    const { actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("round"));
    expect(result.check.findings).toEqual([]);
    expect(result.check.notCheckable.length).toBeGreaterThan(0);
    expect(
      result.check.notCheckable.every(
        (n) => n.cause.kind === "unreadable" && n.cause.text === "n/a"
      )
    ).toBe(true);
  });

  it("writes nothing until asked; then recorded range-wide rules that read only that sheet, and no cell", async () => {
    const model = userWorkbook(withWrongShare(statementCells(40, 3)));
    const before = cellsOf(model);
    const { runner, actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("round"));
    expect(model.sheets[1].rules.map((r) => r.id)).toEqual(["{mine}"]);
    expect(model.settings.has(SELECTION_RECORD_SETTING)).toBe(false);
    runner.requests.length = 0;
    const written = await actions.highlightSelection(result, true);
    const sheet = model.sheets[1];
    const ours = sheet.rules.filter((r) => r.id !== "{mine}");
    expect(ours).toHaveLength(written.rules);
    // Range-wide: a quarter of the rules a rule per cell and severity would take, or fewer.
    const covered = result.check.relations.reduce((n, r) => n + r.checkable, 0);
    expect(written.rules).toBeLessThanOrEqual((covered * 2) / 4);
    expect(ours.every((r) => !r.formula.includes("!"))).toBe(true);
    expect(runner.requests.every((r) => !r.writesCells)).toBe(true);
    expect(runner.requests.every((r) => r.bytes <= MAX_REQUEST_BYTES)).toBe(true);
    expect(cellsOf(model)).toBe(before);
    const record = JSON.parse(model.settings.get(SELECTION_RECORD_SETTING) ?? "{}") as Record<
      string,
      Record<string, string[]>
    >;
    expect(result.address).toBe("B3:L43");
    expect(new Set(record["{data}"][result.address])).toEqual(
      new Set(ours.map((r) => ruleFingerprint(r.formula)))
    );
    expect(model.sheets[0].rules).toEqual([]);
  });

  it("writes a 400-row statement's highlight as a few dozen rules over several areas, within getRanges' limit", async () => {
    // 44 blocks of 8 items and a total, 6 amount and share columns: 1,066 rules one area each.
    const model = userWorkbook(withWrongShare(statementCells(400, 6, 8)));
    const { runner, actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("round"));
    runner.requests.length = 0;
    const written = await actions.highlightSelection(result, true);
    expect(written.kind).toBe("written");
    expect(written.rules).toBeLessThan(50);
    const ours = model.sheets[1].rules.filter((r) => r.id !== "{mine}");
    expect(ours).toHaveLength(written.rules);
    expect(ours.some((r) => r.range.includes(","))).toBe(true);
    expect(runner.requests.every((r) => r.error === undefined)).toBe(true);
    expect(runner.requests.every((r) => r.bytes <= MAX_REQUEST_BYTES)).toBe(true);
    const record = JSON.parse(model.settings.get(SELECTION_RECORD_SETTING) ?? "{}") as Record<
      string,
      Record<string, string[]>
    >;
    expect(new Set(record["{data}"][result.address])).toEqual(
      new Set(ours.map((r) => ruleFingerprint(r.formula)))
    );
    const cleared = await actions.clearSelectionHighlights();
    expect(cleared.rules).toBe(written.rules);
    expect(model.sheets[1].rules.map((r) => r.id)).toEqual(["{mine}"]);
  });

  it("refuses a selection that would take more than HIGHLIGHT_RULE_LIMIT rules, before any request", async () => {
    // Without getRanges (ExcelApi 1.9) every area is its own rule: about a thousand.
    const model = userWorkbook(withWrongShare(statementCells(400, 6, 8)));
    const before = cellsOf(model);
    const { runner, actions } = actionsOver(model, {}, withoutRangeAreas);
    const result = checked(await actions.checkSelection("round"));
    runner.requests.length = 0;
    const refused = await actions.highlightSelection(result, true);
    expect(refused.kind).toBe("tooMany");
    expect(refused.rules).toBeGreaterThan(HIGHLIGHT_RULE_LIMIT);
    expect(refused).toEqual({ kind: "tooMany", rules: refused.rules, limit: HIGHLIGHT_RULE_LIMIT });
    expect(runner.requests).toEqual([]);
    expect(model.sheets[1].rules.map((r) => r.id)).toEqual(["{mine}"]);
    expect(model.settings.has(SELECTION_RECORD_SETTING)).toBe(false);
    expect(cellsOf(model)).toBe(before);
    // A part of it, a few blocks, still highlights.
    model.selection = { sheet: "{data}", row: 2, column: 1, rows: 46, columns: 20 };
    const part = checked(await actions.checkSelection("round"));
    const written = await actions.highlightSelection(part, true);
    expect(written.kind).toBe("written");
    expect(written.rules).toBeGreaterThan(0);
    expect(written.rules).toBeLessThanOrEqual(HIGHLIGHT_RULE_LIMIT);
    expect(model.sheets[1].rules).toHaveLength(written.rules + 1);
  });

  it("replaces its own rules when the same selection is highlighted again", async () => {
    const model = userWorkbook(statementCells(40, 3));
    const { actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("round"));
    const first = await actions.highlightSelection(result, true);
    const again = await actions.highlightSelection(result, false);
    if (again.kind !== "written") {
      throw new Error(`not written: ${again.kind}`);
    }
    expect(again.replaced).toBe(first.rules);
    expect(model.sheets[1].rules).toHaveLength(again.rules + 1);
  });

  it("Clear removes exactly the recorded rules and keeps a user's rule in the same colours", async () => {
    const model = userWorkbook(withWrongShare(statementCells(40, 3)));
    const { actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("truncate"));
    await actions.highlightSelection(result, true);
    const sheet = model.sheets[1];
    const written = sheet.rules.length - 1;
    // A rule the user adds afterwards, in the add-in's own red.
    sheet.rules.push({
      id: "{later}",
      range: "D5",
      formula: "=D5>1",
      fill: "#FFC7CE",
      font: "#9C0006",
    });
    const before = cellsOf(model);
    const cleared = await actionsOver(model).actions.clearSelectionHighlights();
    expect(cleared).toEqual({ removed: written, rules: written, unreadSheets: [] });
    expect(sheet.rules.map((r) => r.id)).toEqual(["{mine}", "{later}"]);
    expect(cellsOf(model)).toBe(before);
    expect(JSON.parse(model.settings.get(SELECTION_RECORD_SETTING) ?? "")).toEqual({});
  });

  it("keeps a formula-like label as text: shown as read, never written", async () => {
    const cells = statementCells(20, 2);
    const label = '=HYPERLINK("https://example.com","Total")';
    cells[3][0] = { value: label, text: label, format: "@" };
    cells[3][3] = { ...cells[3][3], value: Number(cells[3][3].value) + 0.03 };
    const model = userWorkbook(cells);
    const { runner, actions } = actionsOver(model);
    const result = checked(await actions.checkSelection("round"));
    const finding = result.check.findings.find((f) => f.cell === "E6");
    expect(finding?.label.en).toBe(label);
    await actions.highlightSelection(result, true);
    expect(runner.requests.every((r) => !r.writesCells)).toBe(true);
    expect(model.sheets[1].rules.some((r) => /HYPERLINK/i.test(r.formula))).toBe(false);
  });
});
