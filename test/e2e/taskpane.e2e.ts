import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/taskpaneBrowser";
import { installOfficeMock, type OfficeMockLog } from "./support/taskpaneOfficeMock";
import { OFFICE_CDN, openTaskpanePage } from "./support/taskpanePage";
import { serveFolder, type TaskpaneServer } from "./support/taskpaneServer";

const ARTIFACTS = "artifacts";
const IMAGES = join("docs", "images");

let server: TaskpaneServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(join(process.cwd(), "dist"));
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(IMAGES, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function screenshot(page: import("playwright-core").Page, view: string): Promise<void> {
  const file = join(ARTIFACTS, `taskpane-${view}.png`);
  await page.screenshot({ path: file, fullPage: true });
  copyFileSync(file, join(IMAGES, `taskpane-${view}.png`));
}

describe("the task pane in a browser (preview)", () => {
  it("renders the preview, checks, filters, evaluates and switches language without errors or external requests", async () => {
    const { page, log } = await openTaskpanePage(browser, server.origin);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector("html[data-interactive=true]");
    await page.getByText(/Preview: no Office host/).waitFor();
    const load = page.getByRole("button", { name: "Load into workbook" });
    expect(await load.getAttribute("aria-disabled")).toBe("true");
    await page
      .getByRole("region", { name: /statements of operations/i })
      .first()
      .waitFor();
    await screenshot(page, "load");

    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Run the check" }).click();
    await page.getByRole("table", { name: "Summary by rule" }).waitFor();
    const status = page.getByText(/finding\(s\) shown$/);
    const total = Number(/of (\d+) finding/.exec((await status.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(await page.locator("li").count()).toBe(total);
    await screenshot(page, "check");

    await page.getByRole("combobox", { name: "Severity" }).selectOption("major");
    const major = await page.locator("li").count();
    await page.getByRole("combobox", { name: "Severity" }).selectOption("minor");
    const minor = await page.locator("li").count();
    expect(major + minor).toBe(total);
    await page.getByRole("combobox", { name: "Severity" }).selectOption("all");
    await page.getByRole("combobox", { name: "Rule" }).selectOption("share");
    const shares = await page.locator("li").count();
    expect(shares).toBeLessThan(total);
    expect(await page.getByText("Share of total", { exact: true }).count()).toBeGreaterThanOrEqual(
      shares
    );

    await page.getByRole("tab", { name: "Functions" }).click();
    const formula = page.getByRole("textbox", { name: "Formula" });
    await formula.fill('=IIJ.EBITDA("4Q02")');
    await page.getByRole("button", { name: "Evaluate" }).click();
    await expect(page.getByRole("status", { name: "Result" }).textContent()).resolves.toBe("459");
    await screenshot(page, "functions");

    await page.getByRole("tab", { name: "Settings" }).click();
    await screenshot(page, "settings");
    await page.getByRole("radio", { name: "日本語" }).check();
    await page.getByRole("tab", { name: "設定" }).waitFor();
    expect(await page.getByRole("tab", { name: "チェック" }).count()).toBe(1);

    // The language survives a reload: it is saved in the browser.
    await page.reload();
    await page.getByRole("tab", { name: "読み込み" }).waitFor();

    expect(log.errors).toEqual([]);
    expect(log.external.filter((url) => url !== OFFICE_CDN)).toEqual([]);
    await page.close();
  });
});

describe("the task pane inside Excel (Office and Excel mocked)", () => {
  it("loads, checks and selects a finding's cell", async () => {
    const { page, log } = await openTaskpanePage(browser, server.origin);
    await installOfficeMock(page);
    // Office opens the task pane with its host information, as office.js expects.
    await page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
    await page.waitForSelector("html[data-interactive=true]");
    expect(await page.getByText(/Preview: no Office host/).count()).toBe(0);

    await page.getByRole("button", { name: "Load into workbook" }).click();
    await page.getByText(/sheet\(s\) loaded; flagged figures/).waitFor();
    expect(await page.getByRole("progressbar").count()).toBeGreaterThan(0);

    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Run the check" }).click();
    await page.getByText(/finding\(s\) shown$/).waitFor();
    await page
      .getByRole("button", { name: /^Go to / })
      .first()
      .click();
    await page.waitForFunction(
      () =>
        ((window as unknown as { __officeMock: OfficeMockLog }).__officeMock.selected ?? [])
          .length > 0
    );
    const mock = await page.evaluate(
      () => (window as unknown as { __officeMock: OfficeMockLog }).__officeMock
    );
    expect(mock.selected[0]).toMatch(/^.+!\$?[A-Z]+\$?\d+$/);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
