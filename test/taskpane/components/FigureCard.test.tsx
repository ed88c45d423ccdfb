/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellAddress, FigureAtCell } from "../../../src/excel/WorkbookActions";
import { App } from "../../../src/taskpane/components/App/App";
import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import { dataset } from "../../../src/data";
import { fakeActions, testHost } from "../support/taskpaneFixture";

const engine = createReleaseEngine(dataset);

// The embedded engine and the lazy views make a render slow on a loaded machine.
jest.setTimeout(60_000);

const quarterly = dataset.tables[0];
const valueAdded = quarterly.rows.findIndex((r) => r.id === "revenues.value_added");
const line = quarterly.lines?.en?.[valueAdded];

describe("FigureCard", () => {
  it("opens from a figure of the table browser in the preview, and follows its links", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} />);
    await user.click(
      await screen.findByRole("button", { name: "Value-added services: 931,399, show its card" })
    );
    const card = await screen.findByRole("region", {
      name: /^Figure: Value-added services · 4Q02/,
    });
    expect(within(card).getByText("Mar 31, 2003 JPY")).toBeTruthy();
    expect(within(card).getByText(String(line))).toBeTruthy();
    expect(
      within(card).getByText(`Appendix 1 · Value-added services · Mar 31, 2003 JPY · line ${line}`)
    ).toBeTruthy();
    const total = within(card).getByText("Part of the total").parentElement as HTMLElement;
    expect(within(total).getByText("Consistent")).toBeTruthy();
    await user.click(within(total).getByRole("button"));
    const next = await screen.findByRole("region", {
      name: /^Figure: Total connectivity and value-added services · 4Q02/,
    });
    const parts = within(next).getAllByText("Part of this total");
    expect(parts.length).toBe(
      quarterly.rows.find((r) => r.id === "revenues.connectivity_vas_total")?.children?.length
    );
    await user.click(within(next).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region", { name: /^Figure:/ })).toBeNull();
  });

  it("shows the card of the figure the user selects in Excel, with the value typed over it", async () => {
    const actions = fakeActions();
    let select: (cell: CellAddress) => void = () => undefined;
    actions.watchSelection.mockImplementation(async (listener: (cell: CellAddress) => void) => {
      select = listener;
      return async () => undefined;
    });
    const atCell: FigureAtCell = {
      edition: "en",
      where: { table: "operations_quarterly", item: "revenues.value_added", column: "jpy_4Q02" },
      sheet: "Operations (Q)",
      address: "C12",
      current: 931500,
      storage: "amount",
    };
    actions.figureAt.mockImplementation(async (cell: CellAddress) =>
      cell.address === "C12" ? atCell : null
    );
    render(<App host={testHost("excel", { engine, actions })} />);
    await waitFor(() => expect(actions.watchSelection).toHaveBeenCalled());
    select({ sheet: "Operations (Q)", address: "C12" });
    const card = await screen.findByRole("region", { name: /^Figure: Value-added services/ });
    expect(within(card).getByText("931,399")).toBeTruthy();
    expect(within(card).getByText("In the workbook now")).toBeTruthy();
    expect(within(card).getByText("931500")).toBeTruthy();
    // A related figure selects its cell in Excel; the selection then shows its card.
    await userEvent.setup().click(within(card).getAllByRole("button", { name: /4Q02/ })[0]);
    expect(actions.goToFinding).toHaveBeenCalled();
    select({ sheet: "Operations (Q)", address: "A1" });
    await waitFor(() => expect(screen.queryByRole("region", { name: /^Figure:/ })).toBeNull());
  });

  it("opens from a finding in the preview, listing that finding", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    const items = screen
      .getAllByRole("treeitem")
      .filter((i) => i.getAttribute("aria-level") === "2");
    await user.click(items[0]);
    const card = await screen.findByRole("region", { name: /^Figure:/ });
    expect(within(card).getByText("Findings")).toBeTruthy();
    expect(within(card).queryByText("The check found nothing on this figure.")).toBeNull();
  });

  it("speaks Japanese in a Japanese pane", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine, displayLanguage: "ja-JP" })} />);
    await user.click(
      await screen.findByRole("button", { name: "付加価値サービス：931,399、詳細を表示" })
    );
    const card = await screen.findByRole("region", { name: /^数値の詳細: 付加価値サービス/ });
    expect(within(card).getByText("記載箇所")).toBeTruthy();
    expect(within(card).getByText(/ · \d+行目$/)).toBeTruthy();
  });
});
