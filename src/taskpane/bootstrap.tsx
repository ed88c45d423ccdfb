import { createRoot } from "react-dom/client";
import { App } from "./components/App/App";
import { defaultServices } from "./host/defaultServices";
import { detectHost, type HostGlobals } from "./host/detectHost";

/**
 * Starts the task pane in the element given: finds the host (Excel or preview), fetches the dark
 * theme when Office is dark, then renders. Office.js, when the page loaded it, decides; without
 * it the pane is a preview.
 *
 * @param element - the element to render into
 * @param globals - window (tests pass a fake)
 * @returns when the first render was scheduled
 * @example
 * void bootstrap(document.getElementById("container")!, window);
 */
export async function bootstrap(element: HTMLElement, globals: HostGlobals): Promise<void> {
  const host = await detectHost(globals, defaultServices);
  const theme = host.theme === "dark" ? (await import("./host/darkTheme")).darkTheme : undefined;
  createRoot(element).render(<App host={host} theme={theme} />);
}
