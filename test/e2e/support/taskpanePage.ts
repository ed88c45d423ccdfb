import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { projectRoot } from "./taskpaneRoot";

// The build's own transform (plain CommonJS, not compiled into lib/): the same offline office.js
// as dist/office-js/.
const { offlineOfficeJs } = require(
  join(projectRoot(), "scripts", "buildOptions.js")
) as typeof import("../../../scripts/buildOptions");

/** Microsoft's hosted office.js, which a production build's taskpane.html references. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The CDN folder office.js loads its other files from (e.g. o15apptofilemappingtable.js). */
const OFFICE_CDN_FOLDER = OFFICE_CDN.slice(0, OFFICE_CDN.lastIndexOf("/") + 1);

/**
 * What a page did that a test must see: console errors, requests that tried to leave localhost
 * (aborted), and the office.js CDN files the page asked for (answered from the local copy).
 */
export type PageLog = {
  readonly errors: string[];
  readonly external: string[];
  readonly officeCdn: string[];
};

/** A file of Microsoft's CDN folder from @microsoft/office-js, made offline as dist/'s copy is. */
function localOfficeFile(url: string): Buffer | null {
  const name = new URL(url).pathname.split("/").pop() ?? "";
  const file = join(projectRoot(), "node_modules", "@microsoft", "office-js", "dist", name);
  if (!/^[\w.-]+\.js$/.test(name) || !existsSync(file)) {
    return null;
  }
  return Buffer.from(offlineOfficeJs(readFileSync(file, "utf8")));
}

/**
 * Opens a 320-px-wide page that records console errors and every request not for localhost.
 * Requests for office.js's files on Microsoft's CDN are answered with the local copy from
 * @microsoft/office-js (recorded apart, in officeCdn), so a production build runs here without
 * internet; every other external request is recorded and aborted.
 *
 * @param browser - the browser
 * @param origin - the local server's origin
 * @param options - the browser's colour scheme and language (the system's, as the page sees them)
 * @returns the page and its log
 * @example
 * const { page, log } = await openTaskpanePage(browser, server.origin);
 */
export async function openTaskpanePage(
  browser: Browser,
  origin: string,
  options: { readonly colorScheme?: "light" | "dark"; readonly locale?: string } = {}
): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, ...options });
  const log: PageLog = { errors: [], external: [], officeCdn: [] };
  page.on("console", (m) => {
    if (m.type() === "error") {
      log.errors.push(m.text());
    }
  });
  page.on("pageerror", (e) => log.errors.push(e.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
      return;
    }
    const body = url.startsWith(OFFICE_CDN_FOLDER) ? localOfficeFile(url) : null;
    if (body !== null) {
      log.officeCdn.push(url);
      await route.fulfill({ status: 200, contentType: "text/javascript", body });
      return;
    }
    log.external.push(url);
    await route.abort();
  });
  return { page, log };
}
