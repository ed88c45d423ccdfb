import type { TaskpaneSettings } from "./TaskpaneSettings";

/**
 * Reads stored settings defensively: a field that is missing or of the wrong type takes its
 * default, so a damaged store never breaks the task pane.
 *
 * @param stored - whatever the store held (JSON text, an object, or nothing)
 * @param defaults - the settings to fall back on
 * @returns complete settings
 * @example
 * parseSettings('{"mode":"truncate"}', { mode: "round", highlightMinor: true, language: "en" }).mode //=> "truncate"
 */
export function parseSettings(stored: unknown, defaults: TaskpaneSettings): TaskpaneSettings {
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      // A damaged entry means "no settings yet": defaults are the documented answer.
      value = null;
    }
  }
  if (typeof value !== "object" || value === null) {
    return defaults;
  }
  const v = value as Record<string, unknown>;
  return {
    mode: v.mode === "round" || v.mode === "truncate" ? v.mode : defaults.mode,
    highlightMinor:
      typeof v.highlightMinor === "boolean" ? v.highlightMinor : defaults.highlightMinor,
    language: v.language === "en" || v.language === "ja" ? v.language : defaults.language,
  };
}
