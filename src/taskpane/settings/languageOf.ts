import type { UiLanguage } from "../i18n/Strings";

/**
 * The task pane language for Office's display language: Japanese for any "ja" locale.
 *
 * @param displayLanguage - a BCP 47 tag such as "ja-JP" or "en-US" (empty when unknown)
 * @returns "ja" or "en"
 * @example
 * languageOf("ja-JP") //=> "ja"
 */
export function languageOf(displayLanguage: string): UiLanguage {
  return /^ja(-|$)/i.test(displayLanguage) ? "ja" : "en";
}
