import type { Unit } from "../model/Unit";

function digits(decimals: number): string {
  return decimals > 0 ? "." + "0".repeat(decimals) : "";
}

/**
 * The number format of a placed figure: amounts with thousands separators and negatives in
 * parentheses, percentages (stored as fractions) with their printed decimals, Gbps as printed;
 * a nil dash is a zero that shows "-".
 *
 * @param unit - the cell's unit ("percent" for share, change and rate cells)
 * @param decimals - the printed decimals
 * @param nil - whether the release prints a nil dash there
 * @returns the Excel number format
 * @example
 * numberFormatFor("percent", 1, false) //=> "0.0%;(0.0%)"
 */
export function numberFormatFor(unit: Unit, decimals: number, nil: boolean): string {
  const dash = nil ? ';"-"' : "";
  if (unit === "percent") {
    const body = `0${digits(decimals)}%`;
    return `${body};(${body})${dash}`;
  }
  if (unit === "Gbps") {
    const body = `0${digits(Math.max(decimals, 1))}`;
    return nil ? `${body};(${body})${dash}` : body;
  }
  const body = `#,##0${digits(decimals)}`;
  return `${body};(${body})${dash}`;
}
