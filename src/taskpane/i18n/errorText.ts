import type { Strings } from "./Strings";

/**
 * The text to show for an error an action threw: the task pane's own words for the adapter's
 * error kinds it translates, otherwise the error's message.
 *
 * @param error - what was thrown
 * @param t - the task pane's texts
 * @returns the text
 * @example
 * errorText({ kind: "payloadTooLarge", message: "…" }, en) === en.errors.payloadTooLarge //=> true
 */
export function errorText(error: unknown, t: Strings): string {
  if (typeof error === "object" && error !== null && "kind" in error) {
    if ((error as { kind: unknown }).kind === "payloadTooLarge") {
      return t.errors.payloadTooLarge;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
