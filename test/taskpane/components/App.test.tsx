/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App/App";
import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import type { Feature } from "../../../src/excel/features";
import { fakeActions, memoryStore, smallDataset, testHost } from "../support/taskpaneFixture";

const engine = createReleaseEngine(smallDataset);

describe("App", () => {
  it("says it is a preview and explains why Load is disabled", async () => {
    render(<App host={testHost("preview", { engine })} />);
    expect(screen.getByText(/Preview: no Office host/)).toBeTruthy();
    const load = screen.getByRole("button", { name: "Load into workbook" });
    expect(load.getAttribute("aria-disabled")).toBe("true");
    expect(load.getAttribute("aria-describedby")).toBeTruthy();
    const reason = document.getElementById(load.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toMatch(/open the add-in in Excel/);
  });

  it("has the four tabs, reachable by name", () => {
    render(<App host={testHost("preview", { engine })} />);
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Load", "Check", "Functions", "Settings"]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
    expect(screen.getByRole("tab", { name: "Load" }).getAttribute("aria-selected")).toBe("true");
  });

  it("lets the preview browse the embedded tables", async () => {
    render(<App host={testHost("preview", { engine })} />);
    const region = await screen.findByRole("region", { name: "Statements of operations" });
    expect(within(region).getByRole("rowheader", { name: "Total revenues" })).toBeTruthy();
    expect(within(region).getByText("41.0%")).toBeTruthy();
  });

  it("starts in Japanese when Office's display language is Japanese", () => {
    render(<App host={testHost("preview", { engine, displayLanguage: "ja-JP" })} />);
    expect(screen.getByRole("tab", { name: "読み込み" })).toBeTruthy();
  });

  it("switches the labels to Japanese in Settings and saves the choice", async () => {
    const user = userEvent.setup();
    const store = memoryStore();
    render(<App host={testHost("preview", { engine, store })} />);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(await screen.findByRole("radio", { name: "日本語" }));
    expect(screen.getByRole("tab", { name: "設定" })).toBeTruthy();
    // The page's language and title follow the choice.
    expect(document.documentElement.lang).toBe("ja");
    expect(document.title).toBe(screen.getByRole("heading", { level: 1 }).textContent);
    await waitFor(() => expect(store.written.at(-1)?.language).toBe("ja"));
  });

  it("reads the saved settings back", async () => {
    const user = userEvent.setup();
    const store = memoryStore(
      JSON.stringify({ mode: "truncate", highlightMinor: false, language: "en" })
    );
    render(<App host={testHost("preview", { engine, store })} />);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    expect((await screen.findByRole("radio", { name: "Truncate" })).matches(":checked")).toBe(true);
    expect(
      screen.getByRole("switch", { name: "Highlight minor findings" }).matches(":checked")
    ).toBe(false);
  });

  it("shows a message when saving the settings fails", async () => {
    const user = userEvent.setup();
    const store = { read: () => null, write: async () => Promise.reject(new Error("Disk full.")) };
    render(<App host={testHost("preview", { engine, store })} />);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(await screen.findByRole("radio", { name: "Truncate" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Disk full\./);
  });

  it("inside Excel, says which features this Excel switches off and what to do", async () => {
    const features = {
      supported: new Set<Feature>(["load"]),
      unsupported: ["notes" as const],
    };
    render(<App host={testHost("excel", { engine, features, actions: fakeActions() })} />);
    expect(await screen.findByText("Some features are switched off")).toBeTruthy();
    expect(
      screen.getByText(/Notes on flagged cells: needs ExcelApi 1\.18.*Update Excel/)
    ).toBeTruthy();
  });

  it("inside Excel with every feature supported, shows no feature message", async () => {
    const features = { supported: new Set<Feature>(["load", "notes"]), unsupported: [] };
    render(<App host={testHost("excel", { engine, features, actions: fakeActions() })} />);
    await screen.findByRole("button", { name: "Load into workbook" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByText("Some features are switched off")).toBeNull();
  });

  it("words the feature messages in Japanese when the UI is Japanese", async () => {
    const features = {
      supported: new Set<Feature>(),
      unsupported: ["comments" as const],
    };
    render(
      <App
        host={testHost("excel", {
          engine,
          features,
          displayLanguage: "ja-JP",
          actions: fakeActions(),
        })}
      />
    );
    expect(await screen.findByText(/指摘されたセルのコメント：ExcelApi 1\.10/)).toBeTruthy();
  });
});
