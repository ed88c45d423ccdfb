/** What a number format displays: its decimals and whether it shows the value × 100 with `%`. */
export type DisplayedPrecision = { readonly decimals: number; readonly percent: boolean };

/**
 * Reads the decimals a number format displays (`#,##0.0` → 1, `0.0%` → 1 and percent); the
 * positive section decides, as Excel shows positives and negatives to the same precision.
 *
 * @param format - an Excel number format code
 * @returns the displayed precision, or null for General and text formats (the value decides)
 * @example
 * formatDecimals("0.0%") //=> { decimals: 1, percent: true }
 */
export function formatDecimals(format: string): DisplayedPrecision | null {
  // Quoted literals, escapes and [colour]/[locale] brackets carry no digits.
  const section = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (!/[0#?]/.test(section)) {
    return null;
  }
  const fraction = /\.([0#?]+)/.exec(section);
  return { decimals: fraction === null ? 0 : fraction[1].length, percent: section.includes("%") };
}
