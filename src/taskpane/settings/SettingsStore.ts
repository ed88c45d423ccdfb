import type { TaskpaneSettings } from "./TaskpaneSettings";

/** Where settings live: the workbook's settings (workbook.settings) inside Excel, localStorage in a browser. */
export type SettingsStore = {
  /** The stored value (JSON text or an object), or null when nothing is stored. */
  readonly read: () => unknown;
  /** Persists the settings; rejects with a message when it cannot. */
  readonly write: (settings: TaskpaneSettings) => Promise<void>;
};
