import type { Edition } from "../../core/model/Edition";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

const EDITIONS: ReadonlyMap<string, Edition> = new Map([
  ["en", "en"],
  ["english", "en"],
  ["英語", "en"],
  ["英文", "en"],
  ["ja", "ja"],
  ["jp", "ja"],
  ["japanese", "ja"],
  ["日本語", "ja"],
  ["和文", "ja"],
]);

/**
 * The edition a user names: `en`, `ja`, `English`, `Japanese` (any case, any width); English
 * when left out.
 *
 * @param text - the edition as typed, or undefined
 * @returns the edition, or a message naming the editions
 * @example
 * parseEdition("Japanese") //=> { ok: true, value: "ja" }
 */
export function parseEdition(text: string | undefined): FunctionResult<Edition> {
  if (text === undefined) {
    return succeed("en");
  }
  const edition = EDITIONS.get(text.normalize("NFKC").trim().toLowerCase());
  return edition === undefined
    ? invalidValue({ kind: "unknownEdition", text: text.slice(0, 40) })
    : succeed(edition);
}
