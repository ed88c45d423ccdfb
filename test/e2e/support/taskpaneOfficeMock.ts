import type { Page } from "playwright-core";

export type { OfficeMockLog } from "./taskpaneOfficeMockLog";

/**
 * Installs the in-page Office and Excel (the bundle from bundleOfficeFake) before the page's
 * scripts run, and answers office.js (local or CDN) with an empty script so the real library
 * cannot replace the fake.
 *
 * @param page - a page not yet navigated
 * @param fakeScript - the path bundleOfficeFake returned
 * @param excelApi - the highest ExcelApi version the fake Excel supports (default: all)
 * @example
 * await installOfficeMock(page, fake); await page.goto(url);
 */
export async function installOfficeMock(
  page: Page,
  fakeScript: string,
  excelApi?: string
): Promise<void> {
  if (excelApi !== undefined) {
    await page.addInitScript((api) => {
      (window as { __officeFakeExcelApi?: string }).__officeFakeExcelApi = api;
    }, excelApi);
  }
  await page.addInitScript({ path: fakeScript });
  await page.route(/office\.js(\?.*)?$/, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
  );
}
