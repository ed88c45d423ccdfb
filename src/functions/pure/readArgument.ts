import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

const MAX_TEXT = 200;

/**
 * How a message names a value that is not what a parameter takes: an Excel error by its code
 * ("#N/A"), TRUE/FALSE, or the value itself, shortened.
 *
 * @param v - the value
 * @returns words for a message
 * @example
 * describeValue({ code: "#N/A" }) //=> "the error #N/A"
 */
export function describeValue(v: unknown): string {
  if (typeof v === "boolean") {
    return "TRUE/FALSE";
  }
  if (typeof v === "object" && v !== null) {
    const code =
      (v as { code?: unknown; errorCode?: unknown }).code ??
      (v as { errorCode?: unknown }).errorCode;
    return typeof code === "string" && code !== ""
      ? `the error ${code.slice(0, 20)}`
      : "a value Excel cannot pass as text";
  }
  return `'${String(v).slice(0, 40)}'`;
}

/**
 * The single value of an argument: Excel may pass a one-cell range as a 1×1 matrix; a larger
 * range is refused because these functions answer one question per call.
 *
 * @param value - the argument as Excel passed it
 * @param what - the parameter's name, for the message
 * @returns the single value, or a message
 * @example
 * singleValue([["4Q02"]], "period") //=> { ok: true, value: "4Q02" }
 */
export function singleValue(value: unknown, what: string): FunctionResult<unknown> {
  if (Array.isArray(value)) {
    const row: unknown = value.length === 1 ? value[0] : undefined;
    if (Array.isArray(row) && row.length === 1 && !Array.isArray(row[0])) {
      return succeed(row[0]);
    }
    return invalidValue(`The ${what} must be one value, not a range of several cells.`);
  }
  return succeed(value);
}

/**
 * Whether an optional argument was left out (omitted, an empty cell, or empty text).
 *
 * @param value - the argument as Excel passed it
 * @returns true when absent
 * @example
 * isAbsent("") //=> true
 */
export function isAbsent(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && isAbsent(value[0][0]))
  );
}

/**
 * A text argument: text as typed, or a number written as text (a year such as 2002).
 *
 * @param value - the argument as Excel passed it
 * @param what - the parameter's name, for the message
 * @returns the trimmed text, or a message
 * @example
 * readText(2002, "year") //=> { ok: true, value: "2002" }
 */
export function readText(value: unknown, what: string): FunctionResult<string> {
  const single = singleValue(value, what);
  if (!single.ok) {
    return single;
  }
  const v = single.value;
  if (typeof v === "number" && Number.isFinite(v)) {
    return succeed(String(v));
  }
  if (typeof v !== "string" || v.trim() === "") {
    return invalidValue(
      v === undefined || v === null || v === ""
        ? `The ${what} is missing.`
        : `The ${what} must be text, not ${describeValue(v)}.`
    );
  }
  if (v.length > MAX_TEXT) {
    return invalidValue(`The ${what} is too long (${v.length} characters).`);
  }
  return succeed(v.trim());
}

/**
 * A number argument: a finite number, or text that is one ("1,799" is not: write 1799).
 *
 * @param value - the argument as Excel passed it
 * @param what - the parameter's name, for the message
 * @returns the number, or a message
 * @example
 * readNumber("459", "amount") //=> { ok: true, value: 459 }
 */
export function readNumber(value: unknown, what: string): FunctionResult<number> {
  const single = singleValue(value, what);
  if (!single.ok) {
    return single;
  }
  const v = single.value;
  const n =
    typeof v === "number"
      ? v
      : typeof v === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(v)
        ? Number(v)
        : Number.NaN;
  if (!Number.isFinite(n)) {
    return invalidValue(
      v === undefined || v === null || v === ""
        ? `The ${what} is missing.`
        : `The ${what} must be a number, not ${describeValue(v)}.`
    );
  }
  return succeed(n);
}
