/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App/App";
import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import { fakeActions, smallDataset, testHost } from "../support/taskpaneFixture";

const engine = createReleaseEngine(smallDataset);

describe("CheckView", () => {
  it("checks the embedded release in preview and lists its findings with explanations", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    const summary = screen.getByRole("table", { name: "Summary by rule" });
    const shareRow = within(summary).getByRole("row", { name: /Share of total/ });
    expect(
      within(shareRow)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["6", "1", "0", "0"]);
    const goTo = screen.getByRole("button", {
      name: "Go to Systems integration, 4Q02 (Share of total)",
    });
    expect(goTo.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(/^Reported 41\.0%; 1,000,000 ÷ 2,500,000/)).toBeTruthy();
  });

  it("filters the findings by severity and rule", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    const total = screen.getAllByRole("listitem").length;
    expect(screen.getByText(`${total} of ${total} finding(s) shown`)).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "Share of total");
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Severity" }), "Minor");
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.getByText("No findings match these filters.")).toBeTruthy();
  });

  it("explains findings in Japanese when the UI is Japanese", async () => {
    const user = userEvent.setup();
    render(
      <App host={testHost("preview", { engine, displayLanguage: "ja" })} initialView="check" />
    );
    await user.click(await screen.findByRole("button", { name: "チェックを実行" }));
    expect(screen.getByText(/^報告値 41\.0%、/)).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "システムインテグレーション（4Q02、構成比）へ移動" })
    ).toBeTruthy();
  });

  it("checks the workbook in Excel and asks Excel to select a finding's cell when it is clicked", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.checkWorkbook.mockResolvedValue(engine.checkRelease("round"));
    render(<App host={testHost("excel", { actions, engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    expect(actions.checkWorkbook).toHaveBeenCalledWith({
      edition: "both",
      mode: "round",
      highlightMinor: true,
    });
    await user.click(
      screen.getByRole("button", { name: "Go to Systems integration, 4Q02 (Share of total)" })
    );
    const share = engine.checkRelease("round").findings.find((f) => f.kind === "share");
    // The pane keeps no placements of its own: Excel finds the cell from the workbook.
    expect(actions.goToFinding).toHaveBeenCalledWith(share);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says so when Excel does not find a finding's cell in the workbook", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.checkWorkbook.mockResolvedValue(engine.checkRelease("round"));
    actions.goToFinding.mockResolvedValue(null);
    render(<App host={testHost("excel", { actions, engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    await user.click(screen.getByRole("button", { name: /English vs Japanese/ }));
    expect(actions.goToFinding).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole("alert")).textContent).toMatch(/not in the workbook/);
  });

  it("clears highlights and reports how many were removed", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<App host={testHost("excel", { actions, engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Clear highlights" }));
    expect(actions.clearHighlights).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("3 highlight(s) and note(s) removed.")).toBeTruthy();
  });

  it("names the sheets where Excel could not read a rule back", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.clearHighlights.mockResolvedValue({
      removed: 5,
      rules: 5,
      unreadSheets: ["Balance Sheet"],
    });
    render(<App host={testHost("excel", { actions, engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Clear highlights" }));
    expect(
      await screen.findByText(/5 highlight\(s\) .* on Balance Sheet; they were left/)
    ).toBeTruthy();
  });

  it("shows the check's failure with what to do next", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.checkWorkbook.mockRejectedValue(new Error("Lost the connection."));
    render(<App host={testHost("excel", { actions, engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /Lost the connection\. Load the tables again/
    );
  });
});
