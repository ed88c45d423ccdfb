/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookError } from "../../../src/excel/errors";
import { App } from "../../../src/taskpane/components/App/App";
import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import { fakeActions, smallDataset, testHost } from "../support/taskpaneFixture";

const engine = createReleaseEngine(smallDataset);

// The embedded engine and the lazy views make a render slow on a loaded machine.
jest.setTimeout(30_000);

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
    // In preview a finding is text, not a disabled button: there is no cell to go to.
    const item = screen.getByRole("treeitem", {
      name: /Systems integration · 4Q02 ?Share of total/,
    });
    expect(within(item).queryByRole("button")).toBeNull();
    // Its explanation shows once it is chosen, keeping the list short.
    expect(within(item).queryByText(/printed 41\.0%/)).toBeNull();
    await user.click(item);
    expect(
      within(item).getByText(
        /^Systems integration \(4Q02\): printed 41\.0%\. .*1,000,000 ÷ .*2,500,000/
      )
    ).toBeTruthy();
  });

  it("groups by table with counts, major first, one entry for a figure flagged alike in both editions", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    const findings = engine.checkRelease("round").findings;
    const groups = screen
      .getAllByRole("treeitem")
      .filter((i) => i.getAttribute("aria-level") === "1");
    expect(groups.map((g) => g.getAttribute("aria-expanded"))).toEqual(
      groups.map((_, i) => String(i === 0))
    );
    // A table's item owns the group of its findings (aria-owns).
    const owned = document.getElementById(groups[0].getAttribute("aria-owns") ?? "");
    expect(owned?.getAttribute("role")).toBe("group");
    const first = within(owned as HTMLElement).getAllByRole("treeitem");
    const severities = first.map((i) => (/\bMajor\b/.test(i.textContent ?? "") ? 0 : 1));
    expect(severities).toEqual([...severities].sort());
    const tableId = findings.find((f) => f.tableTitle.en === "Statements of operations")?.where
      .table;
    const inTable = findings.filter((f) => f.where.table === tableId);
    const major = inTable.filter((f) => f.severity === "major").length;
    expect(groups[0].textContent).toContain(`Statements of operations: ${major} major`);
    // A figure flagged with the same value and severity in both editions is one entry.
    const pairs = new Map<string, number>();
    for (const f of findings) {
      const key = `${f.ruleId}|${f.reported.text}|${f.severity}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    expect(screen.getByRole("status").textContent).toBe(
      `${pairs.size} of ${pairs.size} finding(s) shown`
    );
    const both = [...pairs].filter(([, n]) => n === 2).length;
    expect(screen.queryAllByText(/English and Japanese$/).length).toBeLessThanOrEqual(both);
  });

  it("is one tab stop: arrow keys walk the tree, Right and Left open and close a table", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    const tree = screen.getByRole("tree", { name: "Findings" });
    const stops = within(tree)
      .getAllByRole("treeitem")
      .filter((i) => i.tabIndex === 0);
    expect(stops).toHaveLength(1);
    stops[0].focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.getAttribute("aria-level")).toBe("2");
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(stops[0]);
    await user.keyboard("{ArrowLeft}");
    expect(stops[0].getAttribute("aria-expanded")).toBe("false");
    await user.keyboard("{ArrowRight}");
    expect(stops[0].getAttribute("aria-expanded")).toBe("true");
  });

  it("keeps the filters across a switch of tab and marks a report stale after a change of rounding", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "Share of total");
    const filtered = screen.getByRole("status").textContent;
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(await screen.findByRole("radio", { name: "Truncate" }));
    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect((screen.getByRole("combobox", { name: "Rule" }) as HTMLSelectElement).value).toBe(
      "share"
    );
    expect(screen.getByRole("status").textContent).toBe(filtered);
    expect(screen.getByText(/settings changed after this check/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(screen.queryByText(/settings changed after this check/)).toBeNull();
  });

  it("filters the findings by severity and rule", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    const total = Number(/of (\d+)/.exec(screen.getByRole("status").textContent ?? "")?.[1]);
    expect(total).toBeGreaterThan(1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "Share of total");
    expect(screen.getByText(`1 of ${total} finding(s) shown`)).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Edition" }), "Japanese");
    expect(screen.getByText(`No findings match these filters.`)).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Edition" }), "English");
    expect(screen.getAllByRole("treeitem", { name: /Share of total/ })).toHaveLength(1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Severity" }), "Minor");
    expect(screen.queryAllByRole("treeitem", { name: /Share of total/ })).toHaveLength(0);
    expect(screen.getByText("No findings match these filters.")).toBeTruthy();
  });

  it("explains findings in Japanese when the UI is Japanese", async () => {
    const user = userEvent.setup();
    render(
      <App host={testHost("preview", { engine, displayLanguage: "ja" })} initialView="check" />
    );
    await user.click(await screen.findByRole("button", { name: "チェックを実行" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "ルール" }), "構成比");
    const item = screen.getByRole("treeitem", { name: /システムインテグレーション · 4Q02/ });
    await user.click(item);
    expect(
      within(item).getByText(/^システムインテグレーション（4Q02）：記載値 41\.0%。/)
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
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "Share of total");
    await user.click(screen.getByRole("treeitem", { name: /Systems integration · 4Q02/ }));
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
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "English vs Japanese");
    screen.getByRole("treeitem", { name: /English vs Japanese/ }).focus();
    await user.keyboard("{Enter}");
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

  it("says that nothing is loaded yet and offers Load, rather than an error", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.checkWorkbook.mockRejectedValue(new WorkbookError("notLoaded", "No load record."));
    render(<App host={testHost("excel", { actions, engine })} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "Run the check" }));
    expect(await screen.findByText(/Nothing is loaded in this workbook yet/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Load the release" }));
    expect(screen.getByRole("tab", { name: "Load" }).getAttribute("aria-selected")).toBe("true");
  });

  it("translates the adapter's errors by their kind in Japanese", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.checkWorkbook.mockRejectedValue(new WorkbookError("connection", "Check failed."));
    render(
      <App
        host={testHost("excel", { actions, engine, displayLanguage: "ja" })}
        initialView="check"
      />
    );
    await user.click(await screen.findByRole("button", { name: "チェックを実行" }));
    const alert = (await screen.findByRole("alert")).textContent ?? "";
    expect(alert).toContain("Excel との接続が切れました");
    expect(alert).not.toMatch(/connection|Check failed/);
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
