/** What went wrong while the add-in worked on the workbook. */
export type WorkbookErrorKind =
  | "protected"
  | "sheetLimit"
  | "payloadTooLarge"
  | "connection"
  | "unsupported"
  | "notLoaded"
  | "noSelection"
  | "unknownSheet"
  | "failed";

const ADVICE: Readonly<Record<WorkbookErrorKind, string>> = {
  protected:
    "The workbook structure is protected, so sheets cannot be added or removed. Unprotect it (Review > Protect Workbook) and load again.",
  sheetLimit:
    "Excel could not add more sheets (memory or sheet limit). Close other workbooks or load fewer tables, then load again.",
  payloadTooLarge:
    "Excel refused a request as too large. Nothing of yours was changed; load fewer tables, or turn minor highlights off, then load again.",
  connection:
    "The connection to Excel was lost before the work finished. Nothing of yours was changed; load again when Excel responds.",
  unsupported:
    "This version of Excel lacks a feature this action needs. Update Office or use Excel on the web.",
  notLoaded: "The release is not loaded in this workbook yet. Load it first.",
  noSelection: "No cell is selected. Select a cell and try again.",
  unknownSheet: "That sheet no longer exists. Load the release again to recreate it.",
  failed: "Excel refused the change. Try again; if it keeps failing, reload the add-in.",
};

/**
 * The one error the Excel adapter throws: `kind` says what happened, the message says what
 * happened and what to do, and `cause` keeps Excel's own error.
 */
export class WorkbookError extends Error {
  /** What happened, for code that reacts to it. */
  readonly kind: WorkbookErrorKind;

  /**
   * @param kind - what happened
   * @param detail - a short fact about this case (what was attempted)
   * @param cause - the error Excel raised, if any
   */
  constructor(kind: WorkbookErrorKind, detail: string, cause?: unknown) {
    super(`${detail} ${ADVICE[kind]}`, cause === undefined ? undefined : { cause });
    this.name = "WorkbookError";
    this.kind = kind;
  }
}

/** Office.js error codes (OfficeExtension.Error.code) and the kind each means here. */
const KIND_OF_CODE: Readonly<Record<string, WorkbookErrorKind>> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "failed",
  InsertDeleteConflict: "failed",
  ItemAlreadyExists: "failed",
  ItemNotFound: "unknownSheet",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  RequestAborted: "connection",
  ServiceNotAvailable: "connection",
  Timeout: "connection",
  ConnectionFailure: "connection",
  GeneralException: "failed",
  ResourceLimitReached: "sheetLimit",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
};

/**
 * Turns whatever Excel threw into a WorkbookError (an existing WorkbookError passes through).
 *
 * @param error - what was thrown
 * @param detail - what was being attempted, as a short sentence
 * @returns the typed error
 * @example
 * toWorkbookError({ code: "AccessDenied" }, "Could not add sheets.").kind //=> "protected"
 */
export function toWorkbookError(error: unknown, detail: string): WorkbookError {
  if (error instanceof WorkbookError) {
    return error;
  }
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  return new WorkbookError(KIND_OF_CODE[code] ?? "failed", detail, error);
}
