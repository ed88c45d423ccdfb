import type { OfferedValue } from "../errors/FunctionError";
import { offered } from "../errors/functionMessages";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

const MAX_TEXT = 200;

/**
 * A value a parameter cannot take, as data for the message: an Excel error by its code
 * ("#N/A"), TRUE/FALSE, or the value itself, shortened.
 *
 * @param v - the value
 * @returns what the message names
 * @example
 * offeredValue({ code: "#N/A" }) //=> { kind: "error", code: "#N/A" }
 */
export function offeredValue(v: unknown): OfferedValue {
  if (typeof v === "boolean") {
    return { kind: "boolean" };
  }
  if (typeof v === "object" && v !== null) {
    const code =
      (v as { code?: unknown; errorCode?: unknown }).code ??
      (v as { errorCode?: unknown }).errorCode;
    return typeof code === "string" && code !== ""
      ? { kind: "error", code: code.slice(0, 20) }
      : { kind: "unreadable" };
  }
  return { kind: "value", text: String(v).slice(0, 40) };
}

/**
 * How an English message names a value that is not what a parameter takes.
 *
 * @param v - the value
 * @returns words for a message
 * @example
 * describeValue({ code: "#N/A" }) //=> "the error #N/A"
 */
export function describeValue(v: unknown): string {
  return offered(offeredValue(v), "en");
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
    return invalidValue({ kind: "severalCells", what });
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
        ? { kind: "missing", what }
        : { kind: "notText", what, value: offeredValue(v) }
    );
  }
  if (v.length > MAX_TEXT) {
    return invalidValue({ kind: "tooLong", what, length: v.length });
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
        ? { kind: "missing", what }
        : { kind: "notNumber", what, value: offeredValue(v) }
    );
  }
  return succeed(n);
}
