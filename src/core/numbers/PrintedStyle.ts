/**
 * How a figure was printed, so that formatting a parsed figure gives back the printed text:
 * the sign convention, thousands separators, a percent sign, full-width digits.
 */
export type PrintedStyle = {
  /** How a negative value is shown: `(8.3%)`, `-905`, `−905`, `▲905`, `△905`, `(-)3.4%`. */
  readonly negative:
    | "parentheses"
    | "minus"
    | "unicodeMinus"
    | "blackTriangle"
    | "whiteTriangle"
    | "parenthesizedMinus";
  readonly grouped: boolean;
  readonly percent: boolean;
  readonly fullWidth: boolean;
};

/** The style the release uses most: parentheses for negatives, thousands separators. */
export const DEFAULT_STYLE: PrintedStyle = {
  negative: "parentheses",
  grouped: true,
  percent: false,
  fullWidth: false,
};
