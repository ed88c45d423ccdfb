import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { FUNCTION_IDS } from "../../src/functions/functionIds";
import { parseFormula } from "../../src/taskpane/playground/parseFormula";
import { FUNCTION_REFERENCE } from "../../src/taskpane/services/functionReference";
import { launchChromium } from "./support/taskpaneBrowser";
import { OFFICE_CDN } from "./support/taskpanePage";
import { serveFolder, type TaskpaneServer } from "./support/taskpaneServer";

const DIST = join(process.cwd(), "dist");

/** The script the stand-in loads after itself, as office.js loads its host's file. */
const HOST_SCRIPT = OFFICE_CDN.replace(/office\.js$/, "excel-standin-host.js");

/**
 * A stand-in for office.js, served where the production page expects Microsoft's: it defines
 * CustomFunctions (associate records each call and whether Office.onReady had resolved) and
 * Office, whose onReady resolves — with Excel — as early as the real office.js's does: once its
 * host-specific script has loaded (it adds it to the page after itself) and the page has called
 * Office.onReady or set Office.initialize (office.js's appReady checks at once, then every 50 ms).
 */
const OFFICE_STANDIN = `(() => {
  let order = 0;
  const log = { associated: [], readyOrder: null, onReadyCalls: 0 };
  const registry = {};
  class FunctionError extends Error {
    constructor(code, message) { super(message); this.code = code; }
  }
  window.__functionsLog = log;
  window.__associated = registry;
  window.CustomFunctions = {
    associate(id, fn) {
      log.associated.push({ id, order: ++order, afterReady: log.readyOrder !== null });
      registry[id] = fn;
    },
    Error: FunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!",
      divisionByZero: "#DIV/0!", nullReference: "#NULL!" },
  };
  const pending = [];
  let info = null;
  window.Office = {
    onReady() {
      log.onReadyCalls += 1;
      return info !== null ? Promise.resolve(info) : new Promise((resolve) => pending.push(resolve));
    },
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    context: {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      requirements: { isSetSupported: () => false },
      document: {
        settings: { get: () => null, set() {}, remove() {}, saveAsync: (callback) => callback && callback({ status: "failed", error: { message: "no workbook" } }) },
      },
    },
  };
  window.Excel = { run: async () => { throw new Error("No workbook in this test."); } };
  const host = document.createElement("script");
  host.src = ${JSON.stringify(HOST_SCRIPT)};
  const appReady = () => {
    if (log.onReadyCalls === 0 && window.Office.initialize === undefined) {
      setTimeout(appReady, 50);
      return;
    }
    info = { host: "Excel", platform: "PC" };
    log.readyOrder = ++order;
    pending.splice(0).forEach((resolve) => resolve(info));
  };
  host.onload = appReady;
  document.head.appendChild(host);
})();`;

type FunctionsLog = {
  associated: Array<{ id: string; order: number; afterReady: boolean }>;
  readyOrder: number | null;
  onReadyCalls: number;
};

/** Excel's CustomFunctions for the implementations run here, to compute the expected answers. */
class NodeFunctionError extends Error {
  constructor(
    public readonly code: string,
    message?: string
  ) {
    super(message);
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: NodeFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  associate: () => undefined,
};
const { FUNCTIONS } =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

let server: TaskpaneServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the production task pane as Excel's shared runtime does, office.js replaced. */
async function openInExcel(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    const file = url.startsWith(server.origin) ? join(DIST, new URL(url).pathname) : null;
    if (file !== null && existsSync(file)) {
      // From the test process, as office.js's stand-in is: the page's own scripts get no head
      // start over the host's script from being served differently.
      await route.fulfill({ path: file });
    } else if (url.startsWith(server.origin)) {
      await route.continue();
    } else if (url === OFFICE_CDN) {
      await route.fulfill({ contentType: "text/javascript", body: OFFICE_STANDIN });
    } else if (url === HOST_SCRIPT) {
      await route.fulfill({ contentType: "text/javascript", body: "/* the host's file */" });
    } else {
      await route.abort();
    }
  });
  await page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
  await page.waitForFunction(
    () => (window as unknown as { __functionsLog: FunctionsLog }).__functionsLog.readyOrder !== null
  );
  return page;
}

describe("the IIJ functions in the production page (shared runtime)", () => {
  let page: Page;

  beforeAll(async () => {
    page = await openInExcel();
  });

  afterAll(async () => {
    await page?.close();
  });

  it("associates every id of functions.json before Office.onReady resolves", async () => {
    const log = await page.evaluate(
      () => (window as unknown as { __functionsLog: FunctionsLog }).__functionsLog
    );
    const metadata = (await (await fetch(`${server.origin}/functions.json`)).json()) as {
      functions: Array<{ id: string }>;
    };
    expect(log.associated.map((a) => a.id).sort()).toEqual(
      metadata.functions.map((f) => f.id).sort()
    );
    expect(log.associated.filter((a) => a.afterReady || a.order > (log.readyOrder ?? 0))).toEqual(
      []
    );
    expect(log.onReadyCalls).toBeGreaterThan(0);
  });

  it("fetches the functions' code only on the first call", async () => {
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name)
    );
    expect(fetched.filter((name) => /functions-core/.test(name))).toEqual([]);
  });

  it("answers a first call to each function as the functions' own code does", async () => {
    const calls = FUNCTION_REFERENCE.map((f) => parseFormula(f.example));
    const examples = calls.flatMap((c) => (c.ok ? [{ id: c.name, args: [...c.args] }] : []));
    expect(examples.map((e) => e.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const { id, args } of examples) {
      const answer = await page.evaluate(
        async ({ id, args }) => {
          const registry = (
            window as unknown as { __associated: Record<string, (...a: unknown[]) => unknown> }
          ).__associated;
          try {
            return { value: await registry[id](...args) };
          } catch (error) {
            return { error: String((error as { code?: string }).code ?? error) };
          }
        },
        { id, args }
      );
      const expected = (FUNCTIONS[id as keyof typeof FUNCTIONS] as (...a: unknown[]) => unknown)(
        ...args
      );
      expect({ id, ...answer }).toEqual({ id, value: expected });
    }
  });
});
