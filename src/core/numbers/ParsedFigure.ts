import type { PrintedStyle } from "./PrintedStyle";

/**
 * A printed figure once read: its value (null for a nil dash), its printed decimals and its style.
 * `formatReported(parseReported(text)) === text` for every figure the release prints.
 */
export type ParsedFigure = {
  readonly value: number | null;
  readonly decimals: number;
  readonly style: PrintedStyle;
};
