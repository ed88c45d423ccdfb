import { localStorageStore } from "../settings/localStorageStore";
import { officeSettingsStore } from "../settings/officeSettingsStore";
import { officeHostHinted, type OfficeHintGlobals } from "./officeHostHinted";
import type { TaskpaneHost, TaskpaneServices } from "./TaskpaneHost";
import { themeOf } from "./themeOf";

/** The globals the task pane looks at: Office (when office.js loaded), storage and the browser's language. */
export type HostGlobals = OfficeHintGlobals & {
  readonly Office?: typeof Office;
  readonly localStorage?: Storage;
  readonly navigator?: { readonly language?: string };
};

/** How long to wait for Office.onReady before settling for preview (office.js in a plain browser). */
const OFFICE_READY_TIMEOUT_MS = 4000;

function browserStorage(globals: HostGlobals): Storage | null {
  try {
    return globals.localStorage ?? null;
  } catch {
    // Reading localStorage throws where storage is blocked; the store reports it on save.
    return null;
  }
}

function preview(globals: HostGlobals, services: TaskpaneServices): TaskpaneHost {
  return {
    kind: "preview",
    displayLanguage: globals.navigator?.language ?? "en",
    theme: "light",
    settingsStore: localStorageStore(browserStorage(globals)),
    services,
  };
}

/**
 * Finds out where the task pane runs: Excel when office.js is loaded, the page shows the signs of
 * an Office host, and Office reports Excel; the preview otherwise (no office.js, a plain browser,
 * another host, or Office never ready).
 *
 * @param globals - window, or a fake in tests
 * @param services - the on-demand parts
 * @param timeoutMs - how long to wait for Office.onReady
 * @returns the host
 * @example
 * (await detectHost({}, services)).kind //=> "preview"
 */
export async function detectHost(
  globals: HostGlobals,
  services: TaskpaneServices,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<TaskpaneHost> {
  const office = globals.Office;
  if (office === undefined || typeof office.onReady !== "function" || !officeHostHinted(globals)) {
    return preview(globals, services);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const info = await Promise.race([office.onReady(), timeout]);
  clearTimeout(timer);
  if (info === null || String(info.host) !== "Excel") {
    return preview(globals, services);
  }
  const context = office.context;
  return {
    kind: "excel",
    displayLanguage: context.displayLanguage ?? "en-US",
    theme: themeOf(context.officeTheme?.bodyBackgroundColor),
    settingsStore: officeSettingsStore(context.document.settings),
    services,
  };
}
