/** @jest-environment jsdom */
// First: the adapter estimates sizes with TextEncoder, which jsdom lacks.
import "../support/nodeTextEncoder";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createSelectionActions } from "../../../src/excel/createSelectionActions";
import type { CellAddress } from "../../../src/excel/WorkbookActions";
import { App } from "../../../src/taskpane/components/App/App";
import type { TaskpaneHost } from "../../../src/taskpane/host/TaskpaneHost";
import { fakeRunner } from "../../excel/support/FakeContext";
import { emptyWorkbook, type WorkbookState } from "../../excel/support/fakeState";
import { addStatementSheet, statementCells } from "../../excel/selectionStatement";
import { fakeActions, testHost } from "../support/taskpaneFixture";

// The lazy views make a render slow on a loaded machine.
jest.setTimeout(60_000);

/** "My table" holding a statement from A1, with D4's share two points too high. */
function workbook(): WorkbookState {
  const state = emptyWorkbook();
  const cells = statementCells(20, 2);
  cells[3][3] = { ...cells[3][3], value: Number(cells[3][3].value) + 0.02 };
  addStatementSheet(state, "My table", cells);
  state.selection = { sheet: "My table", address: "A1:J40" };
  return state;
}

/** The pane in Excel over the fake workbook, with the selection event in the test's hands. */
async function checked(state: WorkbookState, displayLanguage = "en") {
  const actions = fakeActions();
  let select: (cell: CellAddress) => void = () => undefined;
  actions.watchSelection.mockImplementation(async (listener: (cell: CellAddress) => void) => {
    select = listener;
    return async () => undefined;
  });
  const base = testHost("excel", { actions, displayLanguage });
  const selection = createSelectionActions({
    run: fakeRunner(state).run,
    requirements: () => true,
  });
  const host: TaskpaneHost = {
    ...base,
    services: { ...base.services, selectionActions: async () => selection },
  };
  const user = userEvent.setup();
  render(<App host={host} initialView="check" />);
  await waitFor(() => expect(actions.watchSelection).toHaveBeenCalled());
  const ja = displayLanguage.startsWith("ja");
  await user.click(
    await screen.findByRole("button", { name: ja ? "選択範囲をチェック" : "Check the selection" })
  );
  await screen.findByText(/^My table!A1:H21/);
  return { user, select: (address: string) => select({ sheet: "My table", address }), actions };
}

describe("the card of a cell of a checked selection", () => {
  it("shows a finding's cell: value, row, column, relations with counts and verdicts, links", async () => {
    const state = workbook();
    const { user, select } = await checked(state);
    select("$D$4");
    const card = await screen.findByRole("region", { name: "Cell: My table!D4" });
    expect(within(card).getByText("P0 % of total")).toBeTruthy();
    expect(within(card).getByText("R3")).toBeTruthy();
    const share = within(card).getByText("Share of a total").parentElement?.parentElement;
    expect(share?.textContent).toMatch(/explains \d+ of \d+ cells/);
    expect(share?.textContent).toMatch(/This cell is checked by it:/);
    expect(within(share as HTMLElement).getByText("= C4 ÷ C$11")).toBeTruthy();
    expect(within(share as HTMLElement).getByText("Major")).toBeTruthy();
    expect(within(card).getByText(/^D4 prints 7\.9%\. C4 ÷ C\$11/)).toBeTruthy();

    // Its operand's card lists the same relation, with the same count, as feeding D4.
    const count = /explains \d+ of \d+ cells/.exec(share?.textContent ?? "")?.[0];
    await user.click(within(share as HTMLElement).getByRole("button", { name: "Go to C4" }));
    expect(state.selection).toEqual({ sheet: "My table", address: "C4" });
    select("C4");
    const c4 = await screen.findByRole("region", { name: "Cell: My table!C4" });
    const fed = within(c4).getByText("Share of a total").parentElement?.parentElement;
    expect(fed?.textContent).toContain(count);
    expect(within(fed as HTMLElement).getByRole("button", { name: "Go to D4" })).toBeTruthy();

    // A cell outside the checked range shows no cell card.
    select("Z99");
    await waitFor(() => expect(screen.queryByRole("region", { name: /^Cell:/ })).toBeNull());
  });

  it("stays open across a tab switch", async () => {
    const { user, select } = await checked(workbook());
    select("D4");
    await screen.findByRole("region", { name: "Cell: My table!D4" });
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect(await screen.findByRole("region", { name: "Cell: My table!D4" })).toBeTruthy();
    // The check itself is still there too.
    expect(await screen.findByText(/^My table!A1:H21/)).toBeTruthy();
  });

  it("marks the card stale when a cell it names changed since the check", async () => {
    const state = workbook();
    const { select } = await checked(state);
    // A row inserted above row 4 would move C4; an edit of C4 is the same for the card.
    state.sheets[0].cells["3,2"].value = 1;
    select("D4");
    const card = await screen.findByRole("region", { name: "Cell: My table!D4" });
    expect(within(card).getByText(/^Changed since the check \(C4\)/)).toBeTruthy();
    expect(within(card).queryByText("Share of a total")).toBeNull();
    expect(within(card).queryByText("Major")).toBeNull();
  });

  it("speaks Japanese in a Japanese pane", async () => {
    const { select } = await checked(workbook(), "ja-JP");
    select("D4");
    const card = await screen.findByRole("region", { name: "セルの詳細: My table!D4" });
    expect(within(card).getByText("合計に対する構成比")).toBeTruthy();
    // The rule's verdict and the finding's severity.
    expect(within(card).getAllByText("重大")).toHaveLength(2);
    expect(card.textContent).not.toMatch(/explains|checked by|Share of/);
  });
});
