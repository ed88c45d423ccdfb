import { en } from "./en";
import { ja } from "./ja";
import type { Strings, UiLanguage } from "./Strings";

/**
 * The string table of a language.
 *
 * @param language - "en" or "ja"
 * @returns its strings
 * @example
 * stringsFor("ja").tabs.check //=> "チェック"
 */
export function stringsFor(language: UiLanguage): Strings {
  return language === "ja" ? ja : en;
}
