/** @jest-environment jsdom */
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App/App";
import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import { smallDataset, testHost } from "../support/taskpaneFixture";

// The App's lazy views are fetched and rendered; on a loaded machine that exceeds jest's 5 s.
jest.setTimeout(30_000);

const engine = createReleaseEngine(smallDataset);

const panel = (label: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`[role=tabpanel][aria-label="${label}"]`);
  if (found === null) {
    throw new Error(`no panel ${label}`);
  }
  return found;
};

describe("the views' panels", () => {
  // jsdom has no idle callback, and without one the pane renders no view ahead (as in Safari):
  // here the browser's, run at the next task.
  beforeEach(() => {
    window.requestIdleCallback = (task) =>
      window.setTimeout(() => task({ didTimeout: false, timeRemaining: () => 50 }), 0);
    window.cancelIdleCallback = (handle) => window.clearTimeout(handle);
  });
  afterEach(() => {
    cleanup();
    delete (window as Partial<Window>).requestIdleCallback;
    delete (window as Partial<Window>).cancelIdleCallback;
  });

  it("renders the other views ahead, in hidden panels that roles do not find", async () => {
    render(<App host={testHost("preview", { engine })} />);
    await waitFor(() => expect(panel("Settings").querySelector("input")).not.toBeNull());
    for (const label of ["Check", "Functions", "Settings"]) {
      expect(panel(label).hidden).toBe(true);
      expect(panel(label).textContent).not.toBe("");
    }
    expect(screen.queryByRole("button", { name: "Run the check" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Formula" })).toBeNull();
    expect(screen.getAllByRole("tabpanel")).toEqual([panel("Load")]);
    // Each tab controls its own panel.
    for (const tab of screen.getAllByRole("tab")) {
      expect(document.getElementById(tab.getAttribute("aria-controls") ?? "")).toBe(
        panel(tab.textContent ?? "")
      );
    }
  });

  it("shows a view rendered ahead at once and keeps what was typed across a switch", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { engine })} />);
    await waitFor(() => expect(panel("Settings").querySelector("input")).not.toBeNull());
    await user.click(screen.getByRole("tab", { name: "Functions" }));
    const formula = screen.getByRole("textbox", { name: "Formula" });
    await user.clear(formula);
    await user.type(formula, "=IIJ.EBITDA(");
    await user.click(screen.getByRole("tab", { name: "Load" }));
    expect(panel("Functions").hidden).toBe(true);
    await user.click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getByRole("textbox", { name: "Formula" })).toBe(formula);
    expect((formula as HTMLInputElement).value).toBe("=IIJ.EBITDA(");
  });
});
