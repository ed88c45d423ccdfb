import type { ExcelDeps } from "../../excel/ExcelDeps";
import { localStorageStore } from "../settings/localStorageStore";
import { workbookSettingsStore } from "../settings/workbookSettingsStore";
import { officeHostHinted, type OfficeHintGlobals } from "./officeHostHinted";
import type { TaskpaneHost, TaskpaneServices } from "./TaskpaneHost";
import { themeOf } from "./themeOf";

/** The globals the task pane looks at: Office and Excel (when office.js loaded), storage and the browser's language. */
export type HostGlobals = OfficeHintGlobals & {
  readonly Office?: typeof Office;
  readonly Excel?: { readonly run: ExcelDeps["run"] };
  readonly localStorage?: Storage;
  readonly navigator?: { readonly language?: string };
  readonly matchMedia?: (query: string) => { readonly matches: boolean };
};

/** The browser's colour scheme for the preview: dark when the system asks for dark. */
function previewTheme(globals: HostGlobals): "light" | "dark" {
  return globals.matchMedia?.("(prefers-color-scheme: dark)").matches === true ? "dark" : "light";
}

/**
 * Where the task pane runs first, and — when it had to show the preview while Office was still
 * starting — the Excel host once Office.onReady reports Excel (null when it never does).
 */
export type HostDetection = {
  readonly host: TaskpaneHost;
  readonly excelLater: Promise<TaskpaneHost | null>;
};

/** How long to wait for Office.onReady before showing the preview (office.js in a plain browser). */
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
    theme: previewTheme(globals),
    settingsStore: localStorageStore(browserStorage(globals)),
    services,
  };
}

/** Excel's host once Office is ready: its language and theme, settings in workbook.settings. */
async function excelHost(
  office: typeof Office,
  excel: NonNullable<HostGlobals["Excel"]>,
  services: TaskpaneServices
): Promise<TaskpaneHost> {
  const context = office.context;
  return {
    kind: "excel",
    displayLanguage: context.displayLanguage ?? "en-US",
    theme: themeOf(context.officeTheme?.bodyBackgroundColor),
    settingsStore: await workbookSettingsStore(excel.run),
    services,
  };
}

/** The Excel host when Office.onReady reports Excel (whenever that is), else null. */
async function whenExcel(
  globals: HostGlobals,
  office: typeof Office,
  services: TaskpaneServices
): Promise<TaskpaneHost | null> {
  try {
    const info = await office.onReady();
    const excel = globals.Excel;
    return String(info?.host) === "Excel" && excel !== undefined
      ? await excelHost(office, excel, services)
      : null;
  } catch {
    // An Office that fails to start is a plain browser for the task pane: the preview stays.
    return null;
  }
}

/**
 * Finds out where the task pane runs. Office.onReady is always asked when office.js is loaded;
 * the pane is Excel at once when Office reports Excel within the timeout on a page that shows
 * the signs of an Office host. Otherwise it is the preview first (no office.js, a plain browser,
 * another host, or Office slow to start), and `excelLater` still gives the Excel host if Office
 * reports Excel afterwards.
 *
 * @param globals - window, or a fake in tests
 * @param services - the on-demand parts
 * @param timeoutMs - how long to wait for Office.onReady before showing the preview
 * @returns the first host, and Excel's if it comes later
 * @example
 * (await detectHost({}, services)).host.kind //=> "preview"
 */
export async function detectHost(
  globals: HostGlobals,
  services: TaskpaneServices,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<HostDetection> {
  const office = globals.Office;
  if (office === undefined || typeof office.onReady !== "function") {
    return { host: preview(globals, services), excelLater: Promise.resolve(null) };
  }
  const excel = whenExcel(globals, office, services);
  if (!officeHostHinted(globals)) {
    return { host: preview(globals, services), excelLater: excel };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const first = await Promise.race([excel, timeout]);
  clearTimeout(timer);
  if (first !== "timeout" && first !== null) {
    return { host: first, excelLater: Promise.resolve(null) };
  }
  return { host: preview(globals, services), excelLater: excel };
}
