import type { WorkbookErrorKind } from "../../excel/errors";
import type { Strings } from "./Strings";

/**
 * The kind of an error the Excel adapter threw (a WorkbookError), or null for any other error.
 * Read by shape, so the pane does not pull the adapter's module in for an instanceof.
 *
 * @param error - what was thrown
 * @returns its kind, or null
 * @example
 * workbookErrorKind(new WorkbookError("notLoaded", "…")) //=> "notLoaded"
 */
export function workbookErrorKind(error: unknown): WorkbookErrorKind | null {
  if (
    error instanceof Error &&
    error.name === "WorkbookError" &&
    "kind" in error &&
    typeof error.kind === "string"
  ) {
    return error.kind as WorkbookErrorKind;
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
 * errorText(new WorkbookError("protected", "…"), ja) //=> "ブックの構造が保護されています…"
 */
export function errorText(error: unknown, t: Strings): string {
  const kind = workbookErrorKind(error);
  if (kind !== null) {
    return t.errors.kinds[kind];
  }
  return error instanceof Error ? error.message : String(error);
}
