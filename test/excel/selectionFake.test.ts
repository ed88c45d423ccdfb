import { createSelectionActions } from "../../src/excel/createSelectionActions";
import type { CheckedSelection } from "../../src/excel/SelectionActions";
import { fakeRunner } from "./support/FakeContext";
import { emptyWorkbook } from "./support/fakeState";
import { addStatementSheet, statementCells } from "./selectionStatement";

function workbook() {
  const state = emptyWorkbook();
  const cells = statementCells(20, 2);
  // The share in grid row 3, column 3 (D4) two points too high.
  cells[3][3] = { ...cells[3][3], value: Number(cells[3][3].value) + 0.02 };
  const sheet = addStatementSheet(state, "My table", cells);
  sheet.conditionalFormats.push({
    id: 99,
    address: "C2:C5",
    type: "Custom",
    formula: "=C2>0",
    fill: "#FFC7CE",
    font: "#9C0006",
  });
  state.selection = { sheet: "My table", address: "A1:Z200" };
  return { state, sheet };
}

describe("Check the selection in the adapter's fake Excel", () => {
  it("checks, highlights, goes to a finding and clears exactly its own rules", async () => {
    const { state, sheet } = workbook();
    const runner = fakeRunner(state);
    const actions = createSelectionActions({ run: runner.run, requirements: () => true });
    const result = await actions.checkSelection("round");
    expect(result.kind).toBe("checked");
    const checked = result as CheckedSelection;
    expect(checked.address).toBe("A1:H21");
    expect(checked.check.findings.map((f) => f.cell)).toEqual(["D4"]);
    const values = JSON.stringify(sheet.cells);
    const written = await actions.highlightSelection(checked, false);
    expect(sheet.conditionalFormats).toHaveLength(written.rules + 1);
    expect(await actions.goToSelectionCell(checked, "D4")).toEqual({
      sheet: "My table",
      address: "D4",
    });
    expect(state.selection).toEqual({ sheet: "My table", address: "D4" });
    const cleared = await actions.clearSelectionHighlights();
    expect(cleared.rules).toBe(written.rules);
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual([99]);
    expect(JSON.stringify(sheet.cells)).toBe(values);
  });

  it("reads what a checked selection's cells show now, to tell a card is stale", async () => {
    const { state, sheet } = workbook();
    const actions = createSelectionActions({
      run: fakeRunner(state).run,
      requirements: () => true,
    });
    const checked = (await actions.checkSelection("round")) as CheckedSelection;
    const values = JSON.stringify(sheet.cells);
    const now = await actions.readSelectionCells(checked, ["D4", "C4", "B2"]);
    expect(now).toEqual(
      new Map([
        ["D4", checked.grid[3][3]?.text],
        ["C4", checked.grid[3][2]?.text],
        ["B2", checked.grid[1][1]?.text],
      ])
    );
    // Reading wrote nothing.
    expect(JSON.stringify(sheet.cells)).toBe(values);
    sheet.cells["3,2"].value = 1;
    expect((await actions.readSelectionCells(checked, ["C4"]))?.get("C4")).toBe("1");
    state.sheets = state.sheets.filter((s) => s !== sheet);
    expect(await actions.readSelectionCells(checked, ["C4"])).toBeNull();
  });

  it("says a selection of several areas cannot be checked", async () => {
    const { state } = workbook();
    state.selection = { sheet: "My table", address: "A1:B2,D4" };
    const actions = createSelectionActions({
      run: fakeRunner(state).run,
      requirements: () => true,
    });
    expect(await actions.checkSelection("round")).toEqual({ kind: "notOneArea" });
  });
});
