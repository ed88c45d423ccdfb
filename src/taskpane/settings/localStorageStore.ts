import type { SettingsStore } from "./SettingsStore";
import { SETTINGS_KEY } from "./TaskpaneSettings";

/**
 * Settings kept in a Web Storage area (the browser's localStorage in preview).
 *
 * @param storage - the storage area, or null where the browser offers none
 * @returns the store
 * @example
 * localStorageStore(window.localStorage).read() //=> null
 */
export function localStorageStore(storage: Storage | null): SettingsStore {
  return {
    read: () => {
      try {
        return storage?.getItem(SETTINGS_KEY) ?? null;
      } catch {
        // Storage can be blocked by the browser's privacy settings: same as nothing stored.
        return null;
      }
    },
    write: async (settings) => {
      if (storage === null) {
        throw new Error("This browser offers no storage.");
      }
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}
