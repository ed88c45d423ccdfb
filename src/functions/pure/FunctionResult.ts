/** The two ways a worksheet question fails: a wrong argument, or a valid question with no answer. */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

/**
 * What a function's core returns: the value, or a failure with the Excel error it becomes and a
 * message that says what would have been valid.
 */
export type FunctionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: FunctionErrorCode; readonly message: string };

/** A failure of any result type. */
export type FunctionFailure = Extract<FunctionResult<never>, { ok: false }>;

/** Excel shows at most this many characters of a custom function's error message. */
export const MAX_MESSAGE_LENGTH = 255;

function failure(code: FunctionErrorCode, message: string): FunctionFailure {
  const text = message.length > 0 ? message : "The arguments do not name a figure of the release.";
  return {
    ok: false,
    code,
    message: text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`,
  };
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
 * @param message - what was wrong and what exists
 * @returns the failure
 * @example
 * invalidValue("Unknown unit 'x'.").code //=> "invalidValue"
 */
export function invalidValue(message: string): FunctionFailure {
  return failure("invalidValue", message);
}

/**
 * A valid question the release does not answer (Excel's #N/A), with a message.
 *
 * @param message - why there is no answer
 * @returns the failure
 * @example
 * notAvailable("No cross-selling rate for FY2000.").code //=> "notAvailable"
 */
export function notAvailable(message: string): FunctionFailure {
  return failure("notAvailable", message);
}
