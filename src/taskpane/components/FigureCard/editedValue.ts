import { parseReported } from "../../../core/numbers/parseReported";
import type { FigureAtCell } from "../../../excel/WorkbookActions";

/**
 * What the workbook holds now in a figure's cell, when the user changed it: the printed text is
 * read as the release prints it and compared with the cell (a percent cell holds a fraction).
 *
 * @param printed - the figure as printed
 * @param cell - the cell as read
 * @returns the cell's value as text, or null when it still holds the printed figure
 * @example
 * editedValue("931,399", { current: 931400, storage: "amount", … }) //=> "931400"
 */
export function editedValue(
  printed: string,
  cell: Pick<FigureAtCell, "current" | "storage">
): string | null {
  const read = parseReported(printed);
  const { current } = cell;
  if (typeof current !== "number" || read === null) {
    return current === null || current === "" ? null : String(current);
  }
  const value = cell.storage === "percent" ? current * 100 : current;
  // Both are multiples of the printed unit when unchanged: compare in whole units of it.
  const units = (v: number): number => Math.round(v * 10 ** read.decimals);
  if (units(value) === units(read.value ?? 0)) {
    return null;
  }
  return cell.storage === "percent"
    ? `${Number(value.toFixed(read.decimals + 2))}%`
    : String(current);
}
