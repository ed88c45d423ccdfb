import { formatAmount } from "../checks/formatAmount";
import { parseReported } from "../numbers/parseReported";
import type { CellReading } from "./CellReading";
import { formatDecimals } from "./formatDecimals";
import type { GridCell } from "./GridCell";

const BLANK: CellReading = { kind: "blank" };
/** Excel's General format shows at most about ten significant digits. */
const GENERAL_DIGITS = 10;

function generalDecimals(value: number): number {
  const text = Number(value.toPrecision(GENERAL_DIGITS)).toString();
  if (text.includes("e")) {
    return 0;
  }
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

function readNumber(value: number, format: string | undefined): CellReading {
  if (!Number.isFinite(value)) {
    return { kind: "text", text: String(value) };
  }
  const precision = format === undefined ? null : formatDecimals(format);
  const percent = precision?.percent ?? false;
  const shown = percent ? value * 100 : value;
  const decimals = precision?.decimals ?? generalDecimals(shown);
  // The figure is what is displayed, never the stored float's further digits.
  const displayed = Number(shown.toFixed(decimals));
  return {
    kind: "figure",
    value: displayed,
    decimals,
    percent,
    text: formatAmount(displayed, decimals) + (percent ? "%" : ""),
  };
}

/**
 * Reads one cell the way the release's figures are read: the stored number with the decimals its
 * format displays, or the displayed text parsed as a printed figure (`(1,234)`, `△1,234`,
 * `７．２％`, `-` for nil); anything else is text.
 *
 * @param cell - the cell, or null/undefined when empty
 * @returns the reading
 * @example
 * readGridCell({ text: "7.2%" }) //=> { kind: "figure", value: 7.2, decimals: 1, percent: true, text: "7.2%" }
 */
export function readGridCell(cell: GridCell | null | undefined): CellReading {
  if (cell === null || cell === undefined) {
    return BLANK;
  }
  if (cell.number !== undefined) {
    return readNumber(cell.number, cell.format);
  }
  const text = cell.text.trim();
  if (text === "") {
    return BLANK;
  }
  const parsed = parseReported(text);
  return parsed === null
    ? { kind: "text", text }
    : {
        kind: "figure",
        value: parsed.value,
        decimals: parsed.decimals,
        percent: parsed.style.percent,
        text,
      };
}
