const TOTAL_WORDS = /\b(total|totals|subtotal|sub-total|sum)\b|合計|総計|小計|計$|計\s*[（(]/i;

/**
 * Whether a row's label says it is a total (`Total revenues`, `Subtotal`, `合計`, `小計`,
 * `営業費用計`), which lets a footing be accepted without every amount column agreeing.
 *
 * @param label - the row's label
 * @returns true for a total's label
 * @example
 * isTotalLabel("Total current assets") //=> true
 */
export function isTotalLabel(label: string): boolean {
  return TOTAL_WORDS.test(label.trim());
}
