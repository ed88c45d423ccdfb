import type { Severity } from "../checks/Severity";

/**
 * The fill and font of each severity's highlight as RGB hex: Excel's red and amber "bad/neutral"
 * styles. The Office.js adapter and the .xlsx writer both paint with these.
 */
export const HIGHLIGHT_COLORS: Readonly<
  Record<Severity, { readonly fill: string; readonly font: string }>
> = {
  major: { fill: "#FFC7CE", font: "#9C0006" },
  minor: { fill: "#FFEB9C", font: "#9C5700" },
};
