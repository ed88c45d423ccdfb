import { HIGHLIGHT_COLORS } from "../core/layout/highlightColors";

export { HIGHLIGHT_COLORS };

/**
 * Whether a fill and font pair is one the add-in's highlights use (Excel may drop the "#" or
 * change case when it reports colours back).
 *
 * @param fill - the format's fill colour
 * @param font - the format's font colour
 * @returns true for the add-in's pairs
 * @example
 * isHighlightColors("#ffc7ce", "#9C0006") //=> true
 */
export function isHighlightColors(fill: string, font: string): boolean {
  const norm = (c: string) => c.replace(/^#/, "").toUpperCase();
  return Object.values(HIGHLIGHT_COLORS).some(
    (pair) => norm(pair.fill) === norm(fill) && norm(pair.font) === norm(font)
  );
}
