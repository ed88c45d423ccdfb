import type { ExcelDeps } from "../../excel/ExcelDeps";
import type { SettingsStore } from "./SettingsStore";
import { SETTINGS_KEY } from "./TaskpaneSettings";

/**
 * Settings kept in the workbook's settings (workbook.settings), the store the Excel adapter keeps
 * its load record in: each write replaces this one key and leaves the others as they are now in
 * the workbook. (Office.context.document.settings writes the same store from a copy taken when
 * the pane opened and saves the whole copy, so a later save could put back a stale load record.)
 * A write that changes nothing is skipped: saving settings clears Excel's undo list.
 *
 * @param run - Excel.run
 * @returns the store, holding the value the workbook had when it was made
 * @example
 * const store = await workbookSettingsStore(Excel.run);
 */
export async function workbookSettingsStore(run: ExcelDeps["run"]): Promise<SettingsStore> {
  let stored: unknown = await run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    return item.isNullObject ? null : (item.value as unknown);
  }).catch(() => null); // Unreadable settings are no settings: the defaults apply.
  return {
    read: () => stored,
    write: async (settings) => {
      const text = JSON.stringify(settings);
      if (text === stored) {
        return;
      }
      await run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, text);
        await context.sync();
      });
      stored = text;
    },
  };
}
