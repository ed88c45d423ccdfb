import type { SettingsStore } from "./SettingsStore";
import { SETTINGS_KEY } from "./TaskpaneSettings";

/** The part of Office.Settings the store uses. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

/**
 * Settings kept with the workbook (Office.context.document.settings), saved asynchronously.
 *
 * @param settings - the document's settings object
 * @returns the store
 * @example
 * officeSettingsStore(Office.context.document.settings).read()
 */
export function officeSettingsStore(settings: DocumentSettings): SettingsStore {
  return {
    read: () => settings.get(SETTINGS_KEY) as unknown,
    write: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, JSON.stringify(value));
        settings.saveAsync((result) => {
          if (String(result.status) === "succeeded") {
            resolve();
          } else {
            reject(new Error(result.error?.message ?? "Office did not save the settings."));
          }
        });
      }),
  };
}
