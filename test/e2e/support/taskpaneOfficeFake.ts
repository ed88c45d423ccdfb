/**
 * The in-page Office and Excel for the in-Excel end-to-end flows, bundled for the browser by
 * taskpaneOfficeFakeBundle.ts and installed before the page's scripts run. Excel.run is the
 * Excel adapter's own typed fake (test/excel/support), so the page drives the same model the
 * adapter's unit tests do; Office answers as Excel (English, light theme, every requirement set)
 * with document settings in memory. What the page did is kept in window.__officeMock.
 */
import { fakeRunner } from "../../excel/support/FakeContext";
import { addStatementSheet, statementCells } from "../../excel/selectionStatement";
import { addUserSheet, emptyWorkbook } from "../../excel/support/fakeState";
import type { OfficeMockLog } from "./taskpaneOfficeMockLog";

const state = emptyWorkbook();
addUserSheet(state, "Sheet1", [["A user's sheet"]]);
state.active = "Sheet1";
state.selection = { sheet: "Sheet1", address: "B2" };
/** Set by an earlier init script: a user's statement on "My table", selected, for Check the selection. */
if ((window as { __officeFakeStatement?: boolean }).__officeFakeStatement === true) {
  const cells = statementCells(20, 2);
  // D4's share two points too high: the one finding.
  cells[3][3] = { ...cells[3][3], value: Number(cells[3][3].value) + 0.02 };
  addStatementSheet(state, "My table", cells);
  state.selection = { sheet: "My table", address: "A1:J40" };
}

const log: OfficeMockLog = {
  runs: 0,
  syncs: 0,
  sheets: [],
  selected: [],
  formulas: [],
  rules: {},
  cells: "",
};
const runner = fakeRunner(state);

/** After each batch: the sheets, every new selection and formula, the syncs so far. */
function record(): void {
  log.runs = runner.contexts.length;
  log.syncs = runner.contexts.reduce((n, c) => n + c.syncCount, 0);
  log.sheets = state.sheets.map((s) => s.name);
  log.rules = Object.fromEntries(state.sheets.map((s) => [s.name, s.conditionalFormats.length]));
  log.cells = JSON.stringify(state.sheets.map((s) => s.cells));
  const selection = state.selection;
  if (selection !== null) {
    const at = `${selection.sheet}!${selection.address}`;
    if (log.selected.at(-1) !== at && !(log.selected.length === 0 && at === "Sheet1!B2")) {
      log.selected.push(at);
    }
    if (selection.formulas !== undefined && log.formulas.at(-1) !== selection.formulas) {
      log.formulas.push(selection.formulas);
    }
  }
}

/** Set by an earlier init script to play an older Excel: the highest ExcelApi it supports. */
const highestApi = (window as { __officeFakeExcelApi?: string }).__officeFakeExcelApi ?? "1.99";
const minor = (version: string): number => Number(version.split(".")[1] ?? 0);

const settings = new Map<string, unknown>();
const office = {
  onReady: async () => ({ host: "Excel", platform: "PC" }),
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: "en-US",
    officeTheme: { bodyBackgroundColor: "#FFFFFF" },
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name === "ExcelApi" && minor(version) <= minor(highestApi),
    },
    document: {
      settings: {
        get: (key: string) => settings.get(key) ?? null,
        set: (key: string, value: unknown) => void settings.set(key, value),
        remove: (key: string) => void settings.delete(key),
        saveAsync: (callback?: (result: { status: string }) => void) =>
          callback?.({ status: "succeeded" }),
      },
    },
  },
};
const excel = {
  run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await runner.run(batch);
    } finally {
      record();
    }
  },
};

/** A1 address of a zero-based cell. */
function a1(row: number, column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/**
 * Selects, as a user clicking it would, the first cell (in sheet order) that holds `value`;
 * Excel then raises its selection-changed event. Returns where, or null when no cell holds it.
 */
async function selectValue(value: unknown): Promise<string | null> {
  const sheet = state.sheets.find((s) => Object.values(s.cells).some((c) => c.value === value));
  const key =
    sheet === undefined
      ? undefined
      : Object.keys(sheet.cells).find((k) => sheet.cells[k].value === value);
  if (sheet === undefined || key === undefined) {
    return null;
  }
  const [row, column] = key.split(",").map(Number);
  const address = a1(row, column);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet.name).getRange(address).select();
    await context.sync();
  });
  return `${sheet.name}!${address}`;
}

// Fixed, so office.js (answered with an empty script by the test) cannot replace them.
Object.defineProperty(window, "__officeMock", { value: log });
Object.defineProperty(window, "Office", { value: office });
Object.defineProperty(window, "Excel", { value: excel });
Object.defineProperty(window, "__officeFakeSelectValue", { value: selectValue });
