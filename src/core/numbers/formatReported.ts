import type { ParsedFigure } from "./ParsedFigure";
import { toFullWidth } from "./toHalfWidth";

const NEGATIVE_PREFIX = {
  minus: "-",
  unicodeMinus: "−",
  blackTriangle: "▲",
  whiteTriangle: "△",
  parenthesizedMinus: "(-)",
} as const;

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Prints a figure the way the release does: the inverse of `parseReported`.
 *
 * @param figure - value, decimals and printed style
 * @returns the printed text
 * @example
 * formatReported({ value: -8.3, decimals: 1, style: { negative: "parentheses", grouped: true, percent: true, fullWidth: false } }) //=> "(8.3%)"
 */
export function formatReported(figure: ParsedFigure): string {
  if (figure.value === null) {
    return figure.style.fullWidth ? "－" : "-";
  }
  const [whole, fraction] = Math.abs(figure.value).toFixed(figure.decimals).split(".");
  const digits =
    (figure.style.grouped ? groupThousands(whole) : whole) +
    (fraction === undefined ? "" : "." + fraction) +
    (figure.style.percent ? "%" : "");
  const ascii =
    figure.value >= 0
      ? digits
      : figure.style.negative === "parentheses"
        ? `(${digits})`
        : NEGATIVE_PREFIX[figure.style.negative] + digits;
  return figure.style.fullWidth ? toFullWidth(ascii) : ascii;
}
