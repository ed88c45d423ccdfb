import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";

/** Microsoft's hosted office.js, which a production build's taskpane.html references. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** What a page did that a test must see: console errors and requests that tried to leave localhost. */
export type PageLog = { readonly errors: string[]; readonly external: string[] };

/**
 * Opens a 320-px-wide page that records console errors and every request not for localhost.
 * Requests for office.js on Microsoft's CDN are answered with the local copy from
 * @microsoft/office-js (recorded as external all the same, so a test sees them), so a production
 * build runs here without internet; every other external request is aborted.
 *
 * @param browser - the browser
 * @param origin - the local server's origin
 * @returns the page and its log
 * @example
 * const { page, log } = await openTaskpanePage(browser, server.origin);
 */
export async function openTaskpanePage(
  browser: Browser,
  origin: string
): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const log: PageLog = { errors: [], external: [] };
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
    log.external.push(url);
    if (url === OFFICE_CDN) {
      const body = readFileSync(
        join("node_modules", "@microsoft", "office-js", "dist", "office.js")
      );
      await route.fulfill({ status: 200, contentType: "text/javascript", body });
      return;
    }
    await route.abort();
  });
  return { page, log };
}
