import type { Page } from "playwright-core";
import { axeViolations } from "./support/axeViolations";
import { installOfficeMock } from "./support/taskpaneOfficeMock";
import { openTaskpanePage } from "./support/taskpanePage";
import { openTab } from "./support/openTab";
import { IN_EXCEL, paneFixture, savePicture } from "./support/paneFixture";

const pane = paneFixture({ officeFake: true });

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
    const { page, log } = await openTaskpanePage(pane.browser, pane.server.origin);
    await installOfficeMock(page, pane.officeFake);
    await page.goto(`${pane.server.origin}/taskpane.html${IN_EXCEL}`);
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
    await savePicture(card, "taskpane-figure-card");

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
