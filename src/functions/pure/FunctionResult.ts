import type { FunctionError } from "../errors/FunctionError";
import { functionMessage } from "../errors/functionMessages";

/** The two ways a worksheet question fails: a wrong argument, or a valid question with no answer. */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

/**
 * What a function's core returns: the value, or a failure with the Excel error it becomes and a
 * message that says what would have been valid.
 */
export type FunctionResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: FunctionErrorCode;
      /** Why, as data: the playground words it in the pane's language. */
      readonly error: FunctionError;
      /** In English, cut to Excel's 255 characters: what Excel's cell shows. */
      readonly message: string;
    };

/** A failure of any result type. */
export type FunctionFailure = Extract<FunctionResult<never>, { ok: false }>;

/** Excel shows at most this many characters of a custom function's error message. */
export const MAX_MESSAGE_LENGTH = 255;

/**
 * A message cut to Excel's 255 characters.
 *
 * @param text - the message
 * @returns the message as Excel can show it
 * @example
 * fitMessage("x".repeat(300)).length //=> 255
 */
export function fitMessage(text: string): string {
  const shown = text.length > 0 ? text : "The arguments do not name a figure of the release.";
  return shown.length <= MAX_MESSAGE_LENGTH ? shown : `${shown.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

function failure(code: FunctionErrorCode, why: FunctionError | string): FunctionFailure {
  const error: FunctionError = typeof why === "string" ? { kind: "described", text: why } : why;
  return { ok: false, code, error, message: fitMessage(functionMessage(error, "en")) };
}

/**
 * A successful result.
 *
 * @param value - the answer
 * @returns the result
 * @example
 * succeed(459) //=> { ok: true, value: 459 }
 */
export function succeed<T>(value: T): FunctionResult<T> {
  return { ok: true, value };
}

/**
 * A wrong argument (Excel's #VALUE!), with a message cut to Excel's 255 characters.
 *
 * @param why - what was wrong and what exists: an error kind, or a lookup's own English words
 * @returns the failure
 * @example
 * invalidValue("Unknown unit 'x'.").code //=> "invalidValue"
 */
export function invalidValue(why: FunctionError | string): FunctionFailure {
  return failure("invalidValue", why);
}

/**
 * A valid question the release does not answer (Excel's #N/A), with a message.
 *
 * @param why - why there is no answer: an error kind, or a lookup's own English words
 * @returns the failure
 * @example
 * notAvailable("No cross-selling rate for FY2000.").code //=> "notAvailable"
 */
export function notAvailable(why: FunctionError | string): FunctionFailure {
  return failure("notAvailable", why);
}
