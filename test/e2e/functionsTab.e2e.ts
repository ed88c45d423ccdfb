import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openTaskpanePage } from "./support/taskpanePage";
import { openTab } from "./support/openTab";
import { paneFixture } from "./support/paneFixture";

const pane = paneFixture();

type AxeRule = { id: string; impact?: string | null; nodes: unknown[] };
type AxeAnswer = { violations: string[]; passes: string[] };

/** axe-core on the page as it is now, WCAG 2.1 A/AA: the rules it failed and those it passed. */
async function runAxe(page: Page): Promise<AxeAnswer> {
  // Evaluated through the debugging protocol: the pane's CSP rightly refuses an inline script.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: AxeRule[]; passes: AxeRule[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return {
      violations: result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s)`),
      passes: result.passes.map((p) => p.id),
    };
  });
}

async function openFunctions(): Promise<{ page: Page; errors: string[] }> {
  const { page, log } = await openTaskpanePage(pane.browser, pane.server.origin);
  await page.goto(`${pane.server.origin}/taskpane.html`);
  await page.waitForSelector("html[data-interactive=true]");
  await openTab(page, "Functions");
  return { page, errors: log.errors };
}

/** Evaluates a formula typed into the playground and returns the answer's text. */
async function evaluate(page: Page, formula: string, evaluate = "Evaluate"): Promise<string> {
  // The other views are rendered ahead, hidden: only the shown panel's controls count.
  const shown = '[role="tabpanel"]:not([hidden])';
  const result = page.locator(`${shown} output`);
  const before = (await result.count()) > 0 ? await result.textContent() : null;
  await page.locator(`${shown} input`).first().fill(formula);
  await page.getByRole("button", { name: evaluate }).click();
  await page.waitForFunction(
    ([old, selector]) => {
      const text = document.querySelector(`${selector} output`)?.textContent ?? "";
      return text !== "" && text !== old;
    },
    [before, shown] as const
  );
  return (await result.textContent()) ?? "";
}

describe("the Functions tab in the preview", () => {
  it("tries an example in the playground and spills IIJ.STATEMENT as a grid that fits 320 px", async () => {
    const { page, errors } = await openFunctions();
    expect(await page.getByRole("button", { name: /^Insert IIJ\./ }).count()).toBe(0);
    await page.getByRole("button", { name: "Try IIJ.STATEMENT example" }).click();
    const input = page.getByRole("textbox", { name: "Formula" });
    expect(await input.inputValue()).toBe('=IIJ.STATEMENT("Table 5")');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

    const grid = page.getByRole("table", { name: 'Result of =IIJ.STATEMENT("Table 5")' });
    await grid.waitFor();
    expect(await page.getByRole("status", { name: "Result" }).textContent()).toMatch(
      /^\d+ rows × \d+ columns$/
    );
    expect(await grid.getByRole("columnheader").count()).toBeGreaterThan(1);
    const ebitda = grid.getByRole("row").filter({ hasText: "Adjusted EBITDA" });
    expect(await ebitda.getByRole("rowheader").textContent()).toBe("Adjusted EBITDA");
    const figure = ebitda.getByRole("cell").first();
    expect(await figure.textContent()).toBe("459");
    expect(await figure.evaluate((el) => getComputedStyle(el).textAlign)).toBe("right");

    // The pane stays 320 px wide: the grid scrolls sideways in its own focusable region.
    const region = page.getByRole("region", { name: 'Result of =IIJ.STATEMENT("Table 5")' });
    const box = await region.evaluate((el) => ({
      client: el.clientWidth,
      scroll: el.scrollWidth,
      right: el.getBoundingClientRect().right,
      overflowX: getComputedStyle(el).overflowX,
    }));
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.overflowX).toBe("auto");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320
    );
    expect(await region.getAttribute("tabindex")).toBe("0");

    const axe = await runAxe(page);
    expect(axe.violations).toEqual([]);
    // The grid was among what axe checked: its headers and its region, which scrolls here.
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(axe.passes).toEqual(
      expect.arrayContaining(["th-has-data-cells", "scrollable-region-focusable"])
    );

    // A whole statement: numbers right-aligned, no tab-separated text.
    const operations = '=IIJ.STATEMENT("operations", "4Q02")';
    expect(await evaluate(page, operations)).toMatch(/^\d+ rows × 2 columns$/);
    const statement = page.getByRole("table", { name: `Result of ${operations}` });
    const revenues = statement.getByRole("row").filter({ hasText: /^Total revenues/ });
    expect(await revenues.getByRole("cell").first().textContent()).toBe("13036439");
    expect(
      await revenues
        .getByRole("cell")
        .first()
        .evaluate((el) => getComputedStyle(el).textAlign)
    ).toBe("right");

    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a Japanese keyboard's formula, names cell references, and speaks Japanese", async () => {
    const { page, errors } = await openFunctions();
    expect(await evaluate(page, "＝IIJ.EBITDA（”4Q02”）")).toBe("459");
    expect(await page.getByText('Read as =IIJ.EBITDA("4Q02")').count()).toBe(1);
    expect(await evaluate(page, '=IIJ.VALUE("Total revenues", A1)')).toMatch(
      /^Argument 2 of IIJ\.VALUE, A1, is a cell reference: the playground has no cells/
    );
    expect(await evaluate(page, "=IIJ.EBITDA(‘4Q02’)")).toMatch(/straight double quotes, "4Q02"/);

    await openTab(page, "Settings");
    await page.getByRole("radio", { name: "日本語" }).check();
    await openTab(page, "関数");
    expect(await evaluate(page, "=IIJ.EBITDA(Sheet1!B2)", "計算")).toMatch(
      /^IIJ\.EBITDA の引数 1（Sheet1!B2）はセル参照です。/
    );

    // Suggestions for an item: labels, the Japanese one as a label, never an id.
    await page.getByRole("textbox", { name: "数式" }).fill('=IIJ.VALUE("営業収益');
    const suggestions = page.getByRole("group", { name: "項目名の候補" });
    await suggestions.waitFor();
    const names = await suggestions.getByRole("button").allTextContents();
    expect(names).toContain("営業収益合計");
    expect(names.join(" ")).not.toMatch(/[a-z_]+\.[a-z_]+/);
    await suggestions.getByRole("button", { name: "営業収益合計" }).click();
    expect(await page.getByRole("textbox", { name: "数式" }).inputValue()).toBe(
      '=IIJ.VALUE("営業収益合計"'
    );
    await page.getByRole("textbox", { name: "数式" }).fill('=IIJ.VALUE("営業収益');
    await suggestions.waitFor();

    expect((await runAxe(page)).violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
