/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { ViewTabs } from "../../../src/taskpane/components/ViewTabs/ViewTabs";
import { tabAfterKey } from "../../../src/taskpane/components/ViewTabs/tabAfterKey";

type View = "load" | "check" | "functions" | "settings";
const VIEWS: ReadonlyArray<View> = ["load", "check", "functions", "settings"];
const LABELS = { load: "Load", check: "Check", functions: "Functions", settings: "Settings" };
const PANELS = {
  load: "p-load",
  check: "p-check",
  functions: "p-functions",
  settings: "p-settings",
};

/** The tabs as App uses them: the selection held in state, a panel per view, the others hidden. */
function Harness(props: { readonly first?: View }): React.JSX.Element {
  const [view, setView] = React.useState<View>(props.first ?? "load");
  return (
    <>
      <ViewTabs
        views={VIEWS}
        labels={LABELS}
        selected={view}
        onSelect={setView}
        aria-label="Views"
        panelIds={PANELS}
      />
      {VIEWS.map((v) => (
        <section
          key={v}
          id={PANELS[v]}
          role="tabpanel"
          aria-label={LABELS[v]}
          hidden={v !== view}
        />
      ))}
    </>
  );
}

const selectedTab = (): string =>
  screen
    .getAllByRole("tab")
    .filter((tab) => tab.getAttribute("aria-selected") === "true")
    .map((tab) => tab.textContent ?? "")
    .join();

describe("ViewTabs", () => {
  it("is a named tab list whose tabs each control their view's panel", () => {
    render(<Harness />);
    expect(screen.getByRole("tablist", { name: "Views" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["Load", "Check", "Functions", "Settings"]);
    const controlled = tabs.map((tab) =>
      document.getElementById(tab.getAttribute("aria-controls") ?? "")?.getAttribute("aria-label")
    );
    expect(controlled).toEqual(tabs.map((tab) => tab.textContent));
    expect(selectedTab()).toBe("Load");
  });

  it("puts only the selected tab in the Tab order", async () => {
    const user = userEvent.setup();
    render(<Harness first="functions" />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Functions" }));
    await user.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it("selects a tab when it is clicked", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    expect(selectedTab()).toBe("Settings");
    expect(screen.getByRole("tabpanel").getAttribute("aria-label")).toBe("Settings");
  });

  it("moves focus and selection with the arrow keys, wrapping round", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(selectedTab()).toBe("Check");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Check" }));
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(selectedTab()).toBe("Settings");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Settings" }));
  });

  it("goes to the first and last tab with Home and End", async () => {
    const user = userEvent.setup();
    render(<Harness first="check" />);
    await user.tab();
    await user.keyboard("{End}");
    expect(selectedTab()).toBe("Settings");
    await user.keyboard("{Home}");
    expect(selectedTab()).toBe("Load");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Load" }));
  });

  it("leaves other keys alone", async () => {
    const user = userEvent.setup();
    render(<Harness first="check" />);
    await user.tab();
    await user.keyboard("a{PageDown}");
    expect(selectedTab()).toBe("Check");
  });
});

describe("tabAfterKey", () => {
  it("wraps from the last tab to the first and back", () => {
    expect(tabAfterKey("ArrowRight", 3, 4)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 0, 4)).toBe(3);
    expect(tabAfterKey("ArrowDown", 1, 4)).toBe(2);
    expect(tabAfterKey("ArrowUp", 1, 4)).toBe(0);
  });

  it("returns null for a key that does not move", () => {
    expect(tabAfterKey("Enter", 1, 4)).toBeNull();
    expect(tabAfterKey("Tab", 1, 4)).toBeNull();
  });
});
