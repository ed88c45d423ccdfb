/**
 * Turns full-width digits and signs (`１２３，４５６．７％`) into their ASCII forms.
 *
 * @param text - printed text, possibly full-width
 * @returns the same text with ASCII digits, comma, point, percent, parentheses and minus
 * @example
 * toHalfWidth("１，２３４") //=> "1,234"
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The inverse of {@link toHalfWidth} for the characters a figure uses.
 *
 * @param text - ASCII figure text
 * @returns the full-width form
 * @example
 * toFullWidth("1,234") //=> "１，２３４"
 */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
