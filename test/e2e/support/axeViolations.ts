import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { projectRoot } from "./taskpaneRoot";

/** The WCAG 2.1 A and AA rules axe-core runs. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** One axe-core violation, short enough to read in a failed test's diff. */
export type AxeViolation = {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: ReadonlyArray<string>;
  readonly summary: string;
};

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js, evaluated in the page) on the whole page, or
 * on one element of it, with the WCAG 2.1 A/AA rules and returns its violations, each with the
 * elements it names. A run in which no rule passed checked nothing, and says so as a violation.
 *
 * @param page - the page, as the user sees it now
 * @param within - the element to check (the whole document when left out)
 * @returns the violations (empty when none)
 * @example
 * expect(await axeViolations(page)).toEqual([]);
 */
export async function axeViolations(page: Page, within?: Locator): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) {
    // Evaluated, not added as a script tag: the page's Content Security Policy (script-src 'self')
    // rightly refuses inline scripts, and the test must not weaken it.
    await page.evaluate(
      readFileSync(join(projectRoot(), "node_modules", "axe-core", "axe.min.js"), "utf8")
    );
  }
  const context = within === undefined ? null : await within.elementHandle();
  return page.evaluate(
    async ([tags, element]) => {
      type Result = {
        violations: Array<{
          id: string;
          impact: string | null;
          nodes: Array<{ target: unknown[]; failureSummary?: string }>;
        }>;
        passes: unknown[];
      };
      const axe = (
        window as unknown as { axe: { run(c: Document | Element, o: object): Promise<Result> } }
      ).axe;
      const result = await axe.run(element ?? document, { runOnly: { type: "tag", values: tags } });
      if (result.passes.length === 0) {
        return [{ id: "nothing-checked", impact: null, targets: [], summary: "no rule passed" }];
      }
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.map(String).join(" ")),
        summary: v.nodes[0]?.failureSummary ?? "",
      }));
    },
    [WCAG_TAGS, context] as const
  );
}
