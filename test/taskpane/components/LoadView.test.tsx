/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App/App";
import { emptyReport, fakeActions, testHost } from "../support/taskpaneFixture";

describe("LoadView", () => {
  it("loads the chosen edition and table groups with the settings' rounding", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<App host={testHost("excel", { actions })} />);
    await user.click(screen.getByRole("radio", { name: "Japanese" }));
    await user.click(screen.getByRole("checkbox", { name: "Cross-selling" }));
    await user.click(screen.getByRole("button", { name: "Load into workbook" }));
    expect(actions.loadRelease).toHaveBeenCalledTimes(1);
    const options = actions.loadRelease.mock.calls[0][0];
    expect(options).toMatchObject({
      edition: "ja",
      tables: ["operations", "balanceSheet", "cashFlows", "operatingData", "nonGaap"],
      mode: "round",
      highlightMinor: true,
    });
    expect(typeof options.onProgress).toBe("function");
  });

  it("shows a progress bar per sheet and a result line with the flagged figures", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    const finding = { severity: "major" };
    actions.loadRelease.mockImplementation(async (options: { onProgress: (p: object) => void }) => {
      options.onProgress({ phase: "plan", sheet: "Operations", done: 1, total: 2 });
      options.onProgress({ phase: "plan", sheet: "Balance sheet", done: 2, total: 2 });
      options.onProgress({ phase: "write", sheet: "Operations", done: 1, total: 2 });
      return {
        sheets: ["Operations", "Balance sheet"],
        renamed: [{ wanted: "Checks", actual: "Checks (2)" }],
        report: { ...emptyReport, findings: [finding, finding, { severity: "minor" }] },
      };
    });
    render(<App host={testHost("excel", { actions })} />);
    await user.click(screen.getByRole("button", { name: "Load into workbook" }));
    expect(
      await screen.findByText("2 sheet(s) loaded; flagged figures: 2 major, 1 minor.")
    ).toBeTruthy();
    expect(await screen.findAllByRole("progressbar")).toHaveLength(2);
    // Each bar shows the last phase its sheet finished: written, or only planned.
    expect(screen.getByRole("progressbar", { name: "Operations: 2 of 2" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Balance sheet: 1 of 2" })).toBeTruthy();
    expect(screen.getByText(/"Checks" is yours, so the add-in used "Checks \(2\)"/)).toBeTruthy();
  });

  it("says what failed and what to do when the load fails", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.loadRelease.mockRejectedValue(new Error("The workbook is protected."));
    render(<App host={testHost("excel", { actions })} />);
    await user.click(screen.getByRole("button", { name: "Load into workbook" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/The workbook is protected\..*try again/);
    await user.click(await screen.findByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("refuses to load with no table group chosen, and says why", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<App host={testHost("excel", { actions })} />);
    for (const name of [
      "Statements of operations",
      "Balance sheets",
      "Cash flows",
      "Operating data (Tables 1–4)",
      "Non-GAAP measures",
      "Cross-selling",
    ]) {
      await user.click(screen.getByRole("checkbox", { name }));
    }
    const load = screen.getByRole("button", { name: "Load into workbook" });
    expect(load.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Choose at least one table group to load.")).toBeTruthy();
    await user.click(load);
    expect(actions.loadRelease).not.toHaveBeenCalled();
  });
});
