import type { GridCell } from "../core/inference/GridCell";

/** A date or time format: its digits are a serial day count, so the cell is read as displayed. */
function isDateFormat(format: string): boolean {
  const section = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(section) && !/general/i.test(section);
}

/**
 * One selected cell as the inference reads it: a stored number with its number format (so a
 * 0.072 shown as `0.0%` is 7.2%), or the text Excel displays for anything else (labels, dates,
 * booleans, error values); null for an empty cell. A number under a date format is its display.
 *
 * @param value - the cell's value as `Range.values` gives it
 * @param text - the cell's text as displayed (`Range.text`)
 * @param format - its number format (`Range.numberFormat`)
 * @returns the cell
 * @example
 * selectionGridCell(0.072, "7.2%", "0.0%") //=> { text: "7.2%", number: 0.072, format: "0.0%" }
 */
export function selectionGridCell(value: unknown, text: string, format: string): GridCell | null {
  if (value === "" || value === null || value === undefined) {
    return null;
  }
  if (typeof value === "number" && !isDateFormat(format)) {
    return { text, number: value, format };
  }
  // A string value is what the cell holds; it is displayed as is (never "####" as a number may).
  return { text: typeof value === "string" ? value : text };
}
