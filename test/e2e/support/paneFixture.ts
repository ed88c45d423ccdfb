import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium } from "./taskpaneBrowser";
import { bundleOfficeFake } from "./taskpaneOfficeFakeBundle";
import { serveFolder, type TaskpaneServer } from "./taskpaneServer";

/** The query string that makes the built pane believe it runs in Excel on Windows, in English. */
export const IN_EXCEL = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";

/** The built pane (dist/) served locally, a Chromium to open it in, and the Office fake. */
export type PaneFixture = {
  readonly server: TaskpaneServer;
  readonly browser: Browser;
  /** The bundled fake of Office and Excel (`installOfficeMock`), where the file asked for it. */
  readonly officeFake: string;
};

/**
 * Serves dist/ and launches Chromium before a test file's tests, closes both after them; with
 * `officeFake`, bundles the fake of Office and Excel once for the file. Call it at the top of
 * the file; read its fields inside the tests.
 *
 * @param options - whether the file's tests run the pane inside the fake Excel
 * @returns the fixture, whose fields are ready once the tests run
 * @example
 * const pane = paneFixture({ officeFake: true });
 * it("…", async () => { await openTaskpanePage(pane.browser, pane.server.origin); });
 */
export function paneFixture(options: { readonly officeFake?: boolean } = {}): PaneFixture {
  let server: TaskpaneServer | undefined;
  let browser: Browser | undefined;
  let officeFake = "";
  beforeAll(async () => {
    server = await serveFolder(join(process.cwd(), "dist"));
    browser = await launchChromium();
    if (options.officeFake === true) {
      officeFake = await bundleOfficeFake();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) {
      throw new Error(`The pane fixture's ${name} is not ready: read it inside a test.`);
    }
    return value;
  };
  return {
    get server() {
      return ready(server, "server");
    },
    get browser() {
      return ready(browser, "browser");
    },
    get officeFake() {
      return officeFake;
    },
  };
}

/**
 * Saves a picture of the page or of one element as artifacts/NAME.png and, for the README,
 * docs/images/NAME.png.
 *
 * @param target - the page (its viewport) or an element
 * @param name - the file's name without .png
 * @example
 * await savePicture(page, "taskpane-load");
 */
export async function savePicture(target: Page | Locator, name: string): Promise<void> {
  mkdirSync("artifacts", { recursive: true });
  mkdirSync(join("docs", "images"), { recursive: true });
  const file = join("artifacts", `${name}.png`);
  await target.screenshot({ path: file });
  copyFileSync(file, join("docs", "images", `${name}.png`));
}
