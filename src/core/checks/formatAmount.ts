/**
 * Prints a number for an explanation: thousands separators, a minus sign, fixed decimals.
 *
 * @param value - the number
 * @param decimals - digits after the point
 * @returns the text
 * @example
 * formatAmount(-1234.5, 1) //=> "-1,234.5"
 */
export function formatAmount(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? "-" : "";
  return sign + grouped + (fraction === undefined ? "" : "." + fraction);
}
