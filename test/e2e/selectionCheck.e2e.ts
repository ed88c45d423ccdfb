import type { Page } from "playwright-core";
import { axeViolations } from "./support/axeViolations";
import { installOfficeMock, type OfficeMockLog } from "./support/taskpaneOfficeMock";
import { openTaskpanePage, type PageLog } from "./support/taskpanePage";
import { openTab } from "./support/openTab";
import { IN_EXCEL, paneFixture, savePicture } from "./support/paneFixture";

const pane = paneFixture({ officeFake: true });

const mockLog = (page: Page): Promise<OfficeMockLog> =>
  page.evaluate(() => (window as unknown as { __officeMock: OfficeMockLog }).__officeMock);

/** The built pane inside the fake Excel, with a user's statement selected on "My table". */
async function openWithStatement(): Promise<{ page: Page; log: PageLog }> {
  const opened = await openTaskpanePage(pane.browser, pane.server.origin);
  await opened.page.addInitScript(() => {
    (window as { __officeFakeStatement?: boolean }).__officeFakeStatement = true;
  });
  await installOfficeMock(opened.page, pane.officeFake);
  await opened.page.goto(`${pane.server.origin}/taskpane.html${IN_EXCEL}`);
  await opened.page.waitForSelector("html[data-interactive=true]");
  return opened;
}

describe("Check the selection in the built pane (Office and Excel mocked)", () => {
  it("checks a user's table, goes to its finding, highlights it and clears exactly that", async () => {
    const { page, log } = await openWithStatement();
    await openTab(page, "Check");
    await page.getByRole("button", { name: "Check the selection" }).click();
    await page.getByText(/^My table!A1:H21: 1 table\(s\)/).waitFor();
    const before = await mockLog(page);
    expect(before.rules["My table"]).toBe(0);

    await page.getByRole("button", { name: "Go to D4" }).click();
    await page.waitForFunction(() =>
      (window as unknown as { __officeMock: OfficeMockLog }).__officeMock.selected.includes(
        "My table!D4"
      )
    );

    await page.getByRole("button", { name: "Highlight in this sheet" }).click();
    await page.getByText(/highlight rule\(s\) written on My table/).waitFor();
    const highlighted = await mockLog(page);
    expect(highlighted.rules["My table"]).toBeGreaterThan(0);
    expect(highlighted.rules.Sheet1).toBe(0);
    expect(highlighted.cells).toBe(before.cells);

    await page.getByRole("button", { name: "Clear selection highlights" }).click();
    await page.getByText(/selection highlight rule\(s\) removed/).waitFor();
    const cleared = await mockLog(page);
    expect(cleared.rules["My table"]).toBe(0);
    expect(cleared.cells).toBe(before.cells);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.close();
  });

  it("shows the card of a checked cell the user selects, in English and Japanese, with no axe violation", async () => {
    const { page, log } = await openWithStatement();
    await openTab(page, "Check");
    await page.getByRole("button", { name: "Check the selection" }).click();
    await page.getByText(/^My table!A1:H21: 1 table\(s\)/).waitFor();

    // The user clicks D4 in Excel: the selection-changed event shows its card.
    const select = (address: string): Promise<void> =>
      page.evaluate(
        (a) =>
          (
            window as unknown as {
              Excel: { run: (b: (c: Excel.RequestContext) => Promise<void>) => Promise<void> };
            }
          ).Excel.run(async (context) => {
            context.workbook.worksheets.getItem("My table").getRange(a).select();
            await context.sync();
          }),
        address
      );
    await select("D4");
    const card = page.getByRole("region", { name: "Cell: My table!D4" });
    await card.waitFor();
    expect(await card.getByText(/: explains \d+ of \d+ cells$/).count()).toBeGreaterThan(0);
    expect(await card.getByText("Share of a total").count()).toBe(1);
    expect(await axeViolations(page, card)).toEqual([]);
    // The README's picture of the card (as figureCard.e2e.ts takes the figure card's).
    await card.scrollIntoViewIfNeeded();
    await savePicture(card, "taskpane-cell-card");

    // An operand is a link: it selects that cell, and the card follows the selection.
    await card.getByRole("button", { name: "Go to C4" }).first().click();
    await page.getByRole("region", { name: "Cell: My table!C4" }).waitFor();

    // The check and the card outlive a tab switch; the card speaks the pane's language.
    await openTab(page, "Settings");
    await page.getByRole("radio", { name: "日本語" }).check();
    await openTab(page, "チェック");
    await select("D4");
    const ja = page.getByRole("region", { name: "セルの詳細: My table!D4" });
    await ja.waitFor();
    expect(await ja.getByText("合計に対する構成比").count()).toBe(1);
    expect(await axeViolations(page, ja)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.close();
  });
});
