import type { WorkbookErrorKind } from "../../excel/errors";
import type { Strings } from "./Strings";

/**
 * The kind of an error the Excel adapter threw (a WorkbookError), or null for any other error.
 * Read by shape (its `kind`), so the pane does not pull the adapter's module in for an instanceof.
 *
 * @param error - what was thrown
 * @returns its kind, or null
 * @example
 * workbookErrorKind(new Error("plain")) //=> null
 */
export function workbookErrorKind(error: unknown): WorkbookErrorKind | null {
  if (typeof error === "object" && error !== null && "kind" in error) {
    const kind = (error as { kind: unknown }).kind;
    return typeof kind === "string" ? (kind as WorkbookErrorKind) : null;
  }
  return null;
}

/**
 * What went wrong, in the UI's language: an adapter error by its kind (never its English
 * text inside a Japanese sentence), any other error by its message.
 *
 * @param error - what was thrown
 * @param t - the UI's strings
 * @returns the message
 * @example
 * errorText({ kind: "payloadTooLarge", message: "…" }, en) === en.errors.kinds.payloadTooLarge //=> true
 */
export function errorText(error: unknown, t: Strings): string {
  const kind = workbookErrorKind(error);
  if (kind !== null && Object.hasOwn(t.errors.kinds, kind)) {
    return t.errors.kinds[kind];
  }
  return error instanceof Error ? error.message : String(error);
}
