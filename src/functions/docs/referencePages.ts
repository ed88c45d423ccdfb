import type { FunctionId } from "../functionIds";

/** The languages the function reference and the functions' metadata are written in. */
export type HelpLanguage = "en" | "ja";

/** The reference page of each language, as a path under the add-in's address. */
export const REFERENCE_PAGES: { readonly [L in HelpLanguage]: string } = {
  en: "functions-reference.html",
  ja: "functions-reference.ja.html",
};

/**
 * The anchor of a function on its reference page: its id, as Excel names it.
 *
 * @param id - the function's id
 * @returns the anchor, without "#"
 * @example
 * referenceAnchor("EBITDA") //=> "EBITDA"
 */
export function referenceAnchor(id: FunctionId): string {
  return id;
}

/**
 * Where a function's help lives: its anchor on the reference page of the language, under the
 * add-in's address.
 *
 * @param base - the add-in's address, ending in "/" (https://localhost:3000/ in development)
 * @param id - the function's id
 * @param language - the page's language
 * @returns the help URL
 * @example
 * helpUrl("https://localhost:3000/", "EBITDA", "ja") //=> "https://localhost:3000/functions-reference.ja.html#EBITDA"
 */
export function helpUrl(base: string, id: FunctionId, language: HelpLanguage): string {
  return `${base}${REFERENCE_PAGES[language]}#${referenceAnchor(id)}`;
}
