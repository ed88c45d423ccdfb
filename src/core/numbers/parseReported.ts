import type { ParsedFigure } from "./ParsedFigure";
import type { PrintedStyle } from "./PrintedStyle";
import { toHalfWidth } from "./toHalfWidth";

type Parsed<T> = { readonly value: T; readonly rest: string } | null;

const NIL_DASHES = new Set(["-", "—", "–", "―", "－", "‐"]);
const MAX_LENGTH = 64;

function parseSignPrefix(input: string): Parsed<PrintedStyle["negative"] | null> {
  if (input.startsWith("(-)")) {
    return { value: "parenthesizedMinus", rest: input.slice(3) };
  }
  const sign = input.charAt(0);
  switch (sign) {
    case "-":
      return { value: "minus", rest: input.slice(1) };
    case "−":
      return { value: "unicodeMinus", rest: input.slice(1) };
    case "▲":
      return { value: "blackTriangle", rest: input.slice(1) };
    case "△":
      return { value: "whiteTriangle", rest: input.slice(1) };
    default:
      return { value: null, rest: input };
  }
}

function parseDigits(
  input: string
): Parsed<{ digits: string; grouped: boolean; decimals: number }> {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(input);
  if (match === null) {
    return null;
  }
  const whole = match[1];
  const fraction = match[2] ?? "";
  return {
    value: {
      digits: whole.replace(/,/g, "") + (fraction === "" ? "" : "." + fraction),
      grouped: whole.includes(","),
      decimals: fraction.length,
    },
    rest: input.slice(match[0].length),
  };
}

function parsePercent(input: string): Parsed<boolean> {
  return input.startsWith("%")
    ? { value: true, rest: input.slice(1) }
    : { value: false, rest: input };
}

function parseUnsigned(
  input: string
): Parsed<{ magnitude: number; grouped: boolean; decimals: number; percent: boolean }> {
  const digits = parseDigits(input);
  if (digits === null) {
    return null;
  }
  const percent = parsePercent(digits.rest);
  if (percent === null) {
    return null;
  }
  return {
    value: {
      magnitude: Number(digits.value.digits),
      grouped: digits.value.grouped,
      decimals: digits.value.decimals,
      percent: percent.value,
    },
    rest: percent.rest,
  };
}

/**
 * Reads a figure as the release prints it: parentheses or a minus sign (also `−`, `▲`, `△`, and
 * the prose's `(-)` as in "(-)3.4%") for negatives, thousands separators, an optional `%`, full-width digits, and a dash for nil.
 * Leftover input is a failure.
 *
 * @param text - the printed text
 * @returns the value, printed decimals and style, or null when the text is not a figure
 * @example
 * parseReported("(8.3%)") //=> { value: -8.3, decimals: 1, style: { negative: "parentheses", grouped: false, percent: true, fullWidth: false } }
 */
export function parseReported(text: string): ParsedFigure | null {
  if (text.length === 0 || text.length > MAX_LENGTH) {
    return null;
  }
  const ascii = toHalfWidth(text);
  const fullWidth = /[\uFF01-\uFF5E]/.test(text);
  if (NIL_DASHES.has(text)) {
    return {
      value: null,
      decimals: 0,
      style: { negative: "parentheses", grouped: false, percent: false, fullWidth: text === "－" },
    };
  }
  if (ascii.startsWith("(") && ascii.endsWith(")") && !ascii.startsWith("(-)")) {
    const inner = parseUnsigned(ascii.slice(1, -1));
    if (inner === null || inner.rest !== "" || inner.value.magnitude === 0) {
      return null;
    }
    return {
      value: -inner.value.magnitude,
      decimals: inner.value.decimals,
      style: {
        negative: "parentheses",
        grouped: inner.value.grouped,
        percent: inner.value.percent,
        fullWidth,
      },
    };
  }
  const sign = parseSignPrefix(ascii);
  if (sign === null) {
    return null;
  }
  const unsigned = parseUnsigned(sign.rest);
  if (unsigned === null || unsigned.rest !== "") {
    return null;
  }
  const negative = sign.value;
  if (negative !== null && unsigned.value.magnitude === 0) {
    return null;
  }
  return {
    value: negative === null ? unsigned.value.magnitude : -unsigned.value.magnitude,
    decimals: unsigned.value.decimals,
    style: {
      negative: negative ?? "parentheses",
      grouped: unsigned.value.grouped,
      percent: unsigned.value.percent,
      fullWidth,
    },
  };
}
