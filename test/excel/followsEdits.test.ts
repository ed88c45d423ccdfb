import { explainNotCheckable } from "../../src/core/checks/explainNotCheckable";
import { placementKey } from "../../src/core/layout/placementKey";
import { tableName } from "../../src/core/layout/workbookName";
import { checkWorkbook } from "../../src/excel/checkWorkbook";
import { goToFinding } from "../../src/excel/goToFinding";
import type { WorkbookState } from "./support/fakeState";
import { loadedWorkbook, nameArea, reportLines, type TrackedCell } from "./support/loadedWorkbook";
import { deleteRows, insertColumns, insertRows, moveRange } from "./support/userEdits";

const options = { edition: "both", mode: "round", highlightMinor: true } as const;

function notesOf(state: WorkbookState): string[] {
  return state.sheets.flatMap((s) => s.notes.map((n) => `${s.name}!${n.address}`)).sort();
}

/** The table names the plan gives, one per table block. */
function tableNames(plan: Awaited<ReturnType<typeof loadedWorkbook>>["plan"]): string[] {
  const names = new Set(plan.placements.map((p) => tableName(p.ref.table, p.edition === "ja")));
  return plan.names.map((n) => n.name).filter((n) => names.has(n));
}

/** The checked workbook's notes are on the flagged figures' cells now, and nowhere else. */
function expectNotesOnFlaggedCells(
  state: WorkbookState,
  report: Awaited<ReturnType<typeof checkWorkbook>>,
  where: (f: (typeof report.findings)[number]) => TrackedCell | null
): void {
  const flagged = new Set<string>();
  for (const finding of report.findings) {
    const cell = where(finding);
    if (cell !== null) {
      flagged.add(`${cell.sheet}!${cell.address}`);
    }
  }
  expect(flagged.size).toBeGreaterThan(0);
  expect(notesOf(state)).toEqual([...flagged].sort());
}

describe("the Check follows the user's edits", () => {
  it("finds every table after a row and a column are inserted inside and above each one", async () => {
    const { state, deps, load, plan, tracker } = await loadedWorkbook(options);
    const names = tableNames(plan);
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) {
      const inside = nameArea(state, name);
      const sheet = state.sheets.find((s) => s.name === inside.sheet)!;
      // A row of the user's inside the figures, and a column of their own figures.
      const row = inside.row + inside.rows - 2;
      insertRows(state, sheet.name, row);
      sheet.cells[`${row},0`] = { value: "My comment", numberFormat: "General" };
      const column = inside.column + 2;
      insertColumns(state, sheet.name, column);
      for (let r = inside.row; r <= inside.row + inside.rows; r += 1) {
        sheet.cells[`${r},${column}`] = {
          value: r === inside.row ? "Mine" : 7,
          numberFormat: "General",
        };
      }
      // And one of each above and left of the table.
      const above = nameArea(state, name);
      insertRows(state, sheet.name, above.row);
      insertColumns(state, sheet.name, above.column);
    }
    const moved = plan.placements.filter((p) => {
      const now = tracker({ edition: p.edition, where: p.ref });
      return now !== null && now.address !== p.address;
    });
    expect(moved.length).toBe(plan.placements.filter((p) => p.ref.table !== "claims").length);

    const report = await checkWorkbook(deps, options);
    expect(reportLines(report)).toEqual(reportLines(load.report));
    expectNotesOnFlaggedCells(state, report, tracker);
    const checks = state.sheets.find((s) => s.name === "Checks")!;
    const links = Object.values(checks.hyperlinks).map((l) => l.documentReference);
    const first = report.findings[0];
    const now = tracker(first)!;
    expect(links).toContain(`'${now.sheet}'!${now.address}`);
  });

  it("finds moved tables and goes to a moved figure's cell", async () => {
    const { state, deps, load, plan, tracker } = await loadedWorkbook(options);
    // A table cut from the middle of a sheet of several, and a whole statement moved down.
    const middle = nameArea(state, tableName("dedicated_access_revenue", false));
    moveRange(state, middle.sheet, `A${middle.row + 1}:D${middle.row + middle.rows}`, 45, 5);
    const statement = nameArea(state, tableName("balance_sheet", false));
    moveRange(state, statement.sheet, `A${statement.row}:H${statement.row + statement.rows}`, 9, 2);
    const report = await checkWorkbook(deps, options);
    expect(reportLines(report)).toEqual(reportLines(load.report));
    expectNotesOnFlaggedCells(state, report, tracker);
    const cash = plan.placements.find(
      (p) => p.edition === "en" && p.ref.table === "balance_sheet" && p.ref.item === "assets.cash"
    )!;
    const now = tracker({ edition: "en", where: cash.ref })!;
    expect(now.address).not.toBe(cash.address);
    await expect(goToFinding(deps, { edition: "en", where: cash.ref })).resolves.toEqual({
      sheet: now.sheet,
      address: now.address,
    });
    expect(state.selection).toEqual({ sheet: now.sheet, address: now.address });
  });

  it("finds a deleted row's checks not checkable and the others unchanged", async () => {
    const { state, deps, plan, tracker } = await loadedWorkbook(options);
    const cash = plan.placements.filter(
      (p) => p.edition === "en" && p.ref.table === "balance_sheet" && p.ref.item === "assets.cash"
    );
    const row = tracker({ edition: "en", where: cash[0].ref })!;
    deleteRows(state, row.sheet, row.row);
    const report = await checkWorkbook(deps, options);
    const missing = new Map(
      cash.map((p) => [
        placementKey(p.edition, p.ref),
        { kind: "sheetGone", sheet: p.sheet } as const,
      ])
    );
    const grids = new Map(plan.sheets.map((s) => [s.name, s.values]));
    const expected = deps.checkGrids(plan, grids, options.mode, missing);
    expect(expected.notCheckable.length).toBeGreaterThan(0);
    expect(reportLines(report)).toEqual(reportLines(expected));
    const cashChecks = report.notCheckable.filter((n) => n.where.item === "assets.cash");
    expect(cashChecks.length).toBeGreaterThan(0);
    expect(explainNotCheckable(cashChecks[0].reason).en).toMatch(/Cash/);
    await expect(goToFinding(deps, { edition: "en", where: cash[0].ref })).resolves.toBeNull();
  });

  it("still finds the add-in's sheets after a row and a column are inserted above all", async () => {
    const { state, deps, load } = await loadedWorkbook(options);
    for (const sheet of state.sheets.filter((s) => s.name !== "Mine")) {
      insertRows(state, sheet.name, 0);
      insertColumns(state, sheet.name, 0);
    }
    const report = await checkWorkbook(deps, options);
    expect(reportLines(report)).toEqual(reportLines(load.report));
  });
});
