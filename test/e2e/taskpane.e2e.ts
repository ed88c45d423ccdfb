import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, type AxeViolation } from "./support/axeViolations";
import { installOfficeMock, type OfficeMockLog } from "./support/taskpaneOfficeMock";
import { OFFICE_CDN, openTaskpanePage, type PageLog } from "./support/taskpanePage";
import { openTab } from "./support/openTab";
import { IN_EXCEL, paneFixture, savePicture } from "./support/paneFixture";

const ARTIFACTS = "artifacts";

const pane = paneFixture({ officeFake: true });

/** The pane as a user sees it (320 × 900, the top of the view), for the README. */
const screenshot = (page: Page, view: string): Promise<void> =>
  savePicture(page, `taskpane-${view}`);

describe("the task pane in a browser (preview)", () => {
  it("renders the preview, checks, filters, evaluates and switches language without errors or external requests", async () => {
    const { page, log } = await openTaskpanePage(pane.browser, pane.server.origin);
    await page.goto(`${pane.server.origin}/taskpane.html`);
    await page.waitForSelector("html[data-interactive=true]");
    await page.getByText(/Preview: no Office host/).waitFor();
    const load = page.getByRole("button", { name: "Load into workbook" });
    expect(await load.getAttribute("aria-disabled")).toBe("true");
    await page
      .getByRole("region", { name: /statements of operations/i })
      .first()
      .waitFor();
    await screenshot(page, "load");
    // At 320 px the table browser shows a figure next to the labels, and the labels stay in
    // place while the figures scroll under them.
    const layout = await page
      .getByRole("region", { name: /statements of operations/i })
      .first()
      .evaluate((scroller) => {
        const label = () => scroller.querySelector("tbody th")!.getBoundingClientRect();
        const figure = scroller.querySelector("tbody td")!.getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        const before = label();
        scroller.scrollLeft = scroller.scrollWidth;
        return {
          labelRight: before.right,
          figureLeft: figure.left,
          figureRight: figure.right,
          boxLeft: box.left,
          boxRight: box.right,
          scrolledBy: scroller.scrollLeft,
          labelLeftScrolled: label().left,
        };
      });
    expect(layout.figureLeft).toBeGreaterThanOrEqual(layout.labelRight - 1);
    expect(layout.figureRight).toBeLessThanOrEqual(layout.boxRight);
    expect(layout.scrolledBy).toBeGreaterThan(0);
    expect(Math.abs(layout.labelLeftScrolled - layout.boxLeft)).toBeLessThanOrEqual(2);

    // The other views are rendered ahead of their first open, hidden: the Tab key never reaches
    // them (nor does a role: the tabs below find only the view shown).
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[role=tabpanel][hidden]")].every(
        (panel) => panel.querySelector("button, input") !== null
      )
    );
    const reachedHidden: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const hidden = await page.evaluate(
        () => document.activeElement?.closest("[hidden]")?.getAttribute("aria-label") ?? null
      );
      if (hidden !== null) {
        reachedHidden.push(hidden);
      }
    }
    expect(reachedHidden).toEqual([]);

    await openTab(page, "Check");
    await page.getByRole("button", { name: "Run the check" }).click();
    await page.getByRole("table", { name: "Summary by rule" }).waitFor();
    const status = page.getByText(/finding\(s\) shown$/);
    const shownOf = async (): Promise<[number, number]> => {
      const m = /(\d+) of (\d+) finding/.exec((await status.textContent()) ?? "");
      return [Number(m?.[1]), Number(m?.[2])];
    };
    const [shown, total] = await shownOf();
    expect(total).toBeGreaterThan(0);
    expect(shown).toBe(total);
    // Groups by table, only the first open: the whole view of the release fits 3 screens of 320 × 700.
    const tree = page.getByRole("tree", { name: "Findings" });
    const groups = tree.locator('[role=treeitem][aria-level="1"]');
    expect(await groups.count()).toBeGreaterThan(1);
    expect(await groups.first().getAttribute("aria-expanded")).toBe("true");
    expect(await groups.nth(1).getAttribute("aria-expanded")).toBe("false");
    await page.setViewportSize({ width: 320, height: 700 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    writeFileSync(join(ARTIFACTS, "taskpane-check-height.json"), JSON.stringify({ height }));
    expect(height).toBeLessThanOrEqual(3 * 700);
    await page.setViewportSize({ width: 320, height: 900 });
    await screenshot(page, "check");

    // The list is one tab stop; arrow keys walk it and open a group.
    expect(await tree.locator('[role=treeitem][tabindex="0"]').count()).toBe(1);
    await groups.first().focus();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowRight");
    expect(await groups.last().getAttribute("aria-expanded")).toBe("true");

    await page.getByRole("combobox", { name: "Severity" }).selectOption("major");
    const [major] = await shownOf();
    await page.getByRole("combobox", { name: "Severity" }).selectOption("minor");
    const [minor] = await shownOf();
    expect(major + minor).toBe(total);
    await page.getByRole("combobox", { name: "Severity" }).selectOption("all");
    await page.getByRole("combobox", { name: "Rule" }).selectOption("share");
    const [shares] = await shownOf();
    expect(shares).toBeLessThan(total);
    const openShares = await tree.locator('[role=treeitem][aria-level="2"]').count();
    expect(await page.getByText(/^Share of total · /).count()).toBe(openShares);

    await openTab(page, "Functions");
    const formula = page.getByRole("textbox", { name: "Formula" });
    await formula.fill('=IIJ.EBITDA("4Q02")');
    await page.getByRole("button", { name: "Evaluate" }).click();
    const result = page.getByRole("status", { name: "Result" });
    // The playground's chunk arrives on first use: wait for an answer, then read it.
    await result.filter({ hasText: /\S/ }).waitFor();
    expect(await result.textContent()).toBe("459");
    await screenshot(page, "functions");

    await openTab(page, "Settings");
    await screenshot(page, "settings");
    // The Check view's filters survive a switch of tab.
    await openTab(page, "Check");
    expect(await page.getByRole("combobox", { name: "Rule" }).inputValue()).toBe("share");
    await openTab(page, "Settings");
    await page.getByRole("radio", { name: "日本語" }).check();
    await page.getByRole("tab", { name: "設定" }).waitFor();
    expect(await page.getByRole("tab", { name: "チェック" }).count()).toBe(1);

    // The language survives a reload: it is saved in the browser.
    await page.reload();
    await page.getByRole("tab", { name: "読み込み" }).waitFor();

    // The page carries the functions' registration (functions.js), never their code unasked.
    expect(
      await page.evaluate(() =>
        performance.getEntriesByType("resource").filter((e) => /functions-core/.test(e.name))
      )
    ).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    // A production build references office.js on Microsoft's CDN; here it is answered locally.
    expect(log.officeCdn).toContain(OFFICE_CDN);
    await page.close();
  });
});

describe("the task pane's accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  const LABELS = {
    en: { check: "Check", run: "Run the check", functions: "Functions", formula: "Formula" },
    ja: { check: "チェック", run: "チェックを実行", functions: "関数", formula: "数式" },
  };
  const cases = (["en", "ja"] as const).flatMap((language) =>
    (["light", "dark"] as const).map((scheme) => [language, scheme] as const)
  );

  it.each(cases)("has no violation in any view, %s, %s", async (language, scheme) => {
    const t = LABELS[language];
    const { page, log } = await openTaskpanePage(pane.browser, pane.server.origin, {
      colorScheme: scheme,
      locale: language === "ja" ? "ja-JP" : "en-US",
    });
    await page.goto(`${pane.server.origin}/taskpane.html`);
    await page.waitForSelector("html[data-interactive=true]");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    // The preview follows the system's colour scheme.
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector("main")!).colorScheme)
    ).toBe(scheme === "dark" ? "dark" : "normal");
    const found: Record<string, AxeViolation[]> = {};
    // The Load view with the preview's table browser.
    await page.locator("section[role=tabpanel] table").first().waitFor();
    found.load = await axeViolations(page);

    await openTab(page, t.check);
    await page.getByRole("button", { name: t.run }).click();
    const finding = page.locator('[role=treeitem][aria-level="2"]').first();
    await finding.waitFor();
    // A finding under the keyboard shows its explanation.
    await finding.focus();
    found.check = await axeViolations(page);

    await openTab(page, t.functions);
    await page.getByRole("textbox", { name: t.formula }).waitFor();
    found.functions = await axeViolations(page);

    await openTab(page, language === "ja" ? "設定" : "Settings");
    await page.getByRole("radio").first().waitFor();
    found.settings = await axeViolations(page);

    expect(found).toEqual({ load: [], check: [], functions: [], settings: [] });
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe("the task pane inside Excel (Office and Excel mocked)", () => {
  const mockLog = (page: Page): Promise<OfficeMockLog> =>
    page.evaluate(() => (window as unknown as { __officeMock: OfficeMockLog }).__officeMock);

  async function openInExcel(excelApi?: string): Promise<{ page: Page; log: PageLog }> {
    const opened = await openTaskpanePage(pane.browser, pane.server.origin);
    await installOfficeMock(opened.page, pane.officeFake, excelApi);
    // Office opens the task pane with its host information, as office.js expects.
    await opened.page.goto(`${pane.server.origin}/taskpane.html${IN_EXCEL}`);
    await opened.page.waitForSelector("html[data-interactive=true]");
    return opened;
  }

  it("loads, checks, selects a finding's cell and inserts a formula", async () => {
    const { page, log } = await openInExcel();
    expect(await page.getByText(/Preview: no Office host/).count()).toBe(0);
    // This page is also the functions' runtime: functions.js is one of its own scripts
    // (test/e2e/functionsBundle.e2e.ts follows what it associates and when).
    expect(await page.locator('script[src="functions.js"]').count()).toBe(1);

    await page.getByRole("button", { name: "Load into workbook" }).click();
    await page.getByText(/sheet\(s\) loaded; flagged figures/).waitFor();
    await page.getByRole("progressbar").first().waitFor();
    const loaded = await mockLog(page);
    expect(loaded.sheets).toContain("Sheet1");
    expect(loaded.sheets.length).toBeGreaterThan(5);

    await openTab(page, "Check");
    await page.getByRole("button", { name: "Run the check" }).click();
    await page.getByText(/finding\(s\) shown$/).waitFor();
    const target = page.locator('[role=treeitem][aria-level="2"]').first();
    await target.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => (window as unknown as { __officeMock: OfficeMockLog }).__officeMock.selected.length > 0
    );
    const selected = (await mockLog(page)).selected[0];
    const [sheet, address] = selected.split("!");
    expect(loaded.sheets).toContain(sheet);
    expect(address).toMatch(/^[A-Z]+\d+$/);

    await openTab(page, "Functions");
    await page
      .getByRole("button", { name: /^Insert / })
      .first()
      .click();
    await page.waitForFunction(
      () => (window as unknown as { __officeMock: OfficeMockLog }).__officeMock.formulas.length > 0
    );
    expect((await mockLog(page)).formulas[0]).toMatch(/^\[\["=IIJ\./);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("says which features an older Excel switches off", async () => {
    const { page, log } = await openInExcel("1.9");
    await page.getByText("Some features are switched off").waitFor();
    expect(await page.getByText(/Notes on flagged cells: needs ExcelApi 1\.18/).count()).toBe(1);
    expect(await page.getByText(/Comments on flagged cells: needs ExcelApi 1\.10/).count()).toBe(1);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
