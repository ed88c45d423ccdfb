import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "./support/axeViolations";
import { launchChromium } from "./support/taskpaneBrowser";
import { installOfficeMock } from "./support/taskpaneOfficeMock";
import { bundleOfficeFake } from "./support/taskpaneOfficeFakeBundle";
import { openTaskpanePage } from "./support/taskpanePage";
import { serveFolder, type TaskpaneServer } from "./support/taskpaneServer";
import { openTab } from "./support/openTab";

const ARTIFACTS = "artifacts";
const IMAGES = join("docs", "images");

let server: TaskpaneServer;
let browser: Browser;
let officeFake: string;

beforeAll(async () => {
  server = await serveFolder(join(process.cwd(), "dist"));
  browser = await launchChromium();
  officeFake = await bundleOfficeFake();
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(IMAGES, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Selects the first cell of the fake workbook that holds `value`, as a user's click would. */
async function selectValue(page: Page, value: number): Promise<string | null> {
  return page.evaluate(
    (v) =>
      (
        window as unknown as { __officeFakeSelectValue: (x: number) => Promise<string | null> }
      ).__officeFakeSelectValue(v),
    value
  );
}

describe("the figure card inside Excel (Office and Excel faked)", () => {
  it("shows the card of the figure a user selects, in English and Japanese, with no axe violation", async () => {
    const { page, log } = await openTaskpanePage(browser, server.origin);
    await installOfficeMock(page, officeFake);
    await page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
    await page.waitForSelector("html[data-interactive=true]");
    await page.getByRole("button", { name: "Load into workbook" }).click();
    await page.getByText(/sheet\(s\) loaded; flagged figures/).waitFor();

    // Value-added services, 4Q02 in yen: printed once per edition, first on the English sheet.
    const selected = await selectValue(page, 931399);
    expect(selected).not.toBeNull();
    const card = page.getByRole("region", { name: /^Figure: Value-added services · 4Q02/ });
    await card.waitFor();
    expect(
      await card
        .getByText(/^Appendix 1 · Value-added services · Mar 31, 2003 JPY · line \d+$/)
        .count()
    ).toBe(1);
    expect(await card.getByText("Part of the total").count()).toBe(1);
    expect(await axeViolations(page, card)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    const file = join(ARTIFACTS, "taskpane-figure-card.png");
    await card.screenshot({ path: file });
    copyFileSync(file, join(IMAGES, "taskpane-figure-card.png"));

    // A related figure is a link: it selects that figure's cell, and the card follows the selection.
    await card
      .getByRole("button", { name: /^Total connectivity and value-added services · 4Q02/ })
      .click();
    await page
      .getByRole("region", { name: /^Figure: Total connectivity and value-added services · 4Q02/ })
      .waitFor();

    // A cell that holds no figure shows no card.
    await page.evaluate(() =>
      (
        window as unknown as {
          Excel: { run: (b: (c: Excel.RequestContext) => Promise<void>) => Promise<void> };
        }
      ).Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").select();
        await context.sync();
      })
    );
    await page.getByRole("region", { name: /^Figure:/ }).waitFor({ state: "detached" });

    await openTab(page, "Settings");
    await page.getByRole("radio", { name: "日本語" }).check();
    await openTab(page, "読み込み");
    expect(await selectValue(page, 931399)).toBe(selected);
    const ja = page.getByRole("region", { name: /^数値の詳細: 付加価値サービス · 4Q02/ });
    await ja.waitFor();
    expect(await ja.getByText("記載箇所").count()).toBe(1);
    expect(await axeViolations(page, ja)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.close();
  });
});
