import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App/App";
import { defaultServices } from "./host/defaultServices";
import { detectHost, type HostGlobals } from "./host/detectHost";
import type { TaskpaneHost } from "./host/TaskpaneHost";
import { watchOfficeTheme } from "./host/watchOfficeTheme";

/** Fluent's theme for Office's: the dark one is fetched only when Office is dark. */
async function fluentTheme(theme: "light" | "dark"): Promise<Theme | undefined> {
  return theme === "dark" ? (await import("./host/darkTheme")).darkTheme : undefined;
}

/**
 * Starts the task pane in the element given: finds the host (Excel or preview), fetches the dark
 * theme when Office is dark, then renders. Office.js, when the page loaded it, decides; without
 * it the pane is a preview. A preview shown while Office was slow to start becomes the Excel
 * pane when Office reports Excel, and the pane follows Office's theme where Office reports its
 * changes.
 *
 * @param element - the element to render into
 * @param globals - window (tests pass a fake)
 * @returns when the first render was scheduled
 * @example
 * void bootstrap(document.getElementById("container")!, window);
 */
export async function bootstrap(element: HTMLElement, globals: HostGlobals): Promise<void> {
  const { host, excelLater } = await detectHost(globals, defaultServices);
  const root = createRoot(element);
  let shown = 0;
  const show = async (next: TaskpaneHost, theme: "light" | "dark"): Promise<void> => {
    const render = ++shown;
    const fluent = await fluentTheme(theme);
    if (render === shown) {
      // A new host (preview, then Excel) starts a new App; a new theme only restyles it.
      root.render(<App key={next.kind} host={next} theme={fluent} themeName={theme} />);
    }
  };
  const follow = (excel: TaskpaneHost): void => {
    const office = globals.Office;
    if (office !== undefined) {
      watchOfficeTheme(office, (theme) => void show(excel, theme));
    }
  };
  await show(host, host.theme);
  if (host.kind === "excel") {
    follow(host);
  }
  void excelLater.then(async (excel) => {
    if (excel !== null) {
      await show(excel, excel.theme);
      follow(excel);
    }
  });
}
