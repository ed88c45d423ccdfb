import type { Page } from "playwright-core";

/**
 * Opens a tab of the pane and waits until its panel is the one shown. A switch of view is a
 * React transition: until the view is rendered, the view before stays shown, so a locator run
 * straight after the click can resolve in the old panel (and then wait on an element that
 * becomes hidden). The panels are named as their tabs are.
 *
 * @param page - the task pane's page
 * @param name - the tab's text, in the pane's language
 * @example
 * await openTab(page, "Functions");
 */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  // Role queries skip hidden elements: this waits for the panel to be shown.
  await page.getByRole("tabpanel", { name, exact: true }).waitFor();
}
