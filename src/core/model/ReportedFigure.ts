/**
 * A figure as the release prints it: the text (`"(8.3%)"`, `"7,887"`, `"-"`), its value in the
 * column's unit (`-8.3` for a percentage, `7887` for an amount, `null` for a nil dash) and how
 * many decimals were printed, so precision is never guessed later.
 */
export type ReportedFigure = {
  readonly text: string;
  readonly value: number | null;
  readonly decimals: number;
};
