import type { SheetPlan } from "../core/layout/WorkbookPlan";
import { quoteSheet } from "../core/layout/a1";

/**
 * Rewrites quoted sheet references (`'Name'!`) in a text from planned names to other names.
 *
 * @param text - a formula or a link target
 * @param names - planned name → name to write
 * @returns the text with references rewritten
 * @example
 * renameReferences("='Checks'!A1", new Map([["Checks", "Checks (2)"]])) //=> "='Checks (2)'!A1"
 */
export function renameReferences(text: string, names: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [from, to] of names) {
    if (from !== to) {
      result = result.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
    }
  }
  return result;
}

/**
 * A sheet plan whose formulas (cells and highlights) refer to other names: the temporary names
 * the new sheets have while they are built, so nothing binds to the old sheets being replaced.
 * Links are rewritten separately, to final names, since Excel does not follow renames in them.
 *
 * @param sheet - the planned sheet
 * @param formulaNames - planned name → name the formulas should use
 * @param linkNames - planned name → name the links should use
 * @returns the sheet with references rewritten
 */
export function renameSheetReferences(
  sheet: SheetPlan,
  formulaNames: ReadonlyMap<string, string>,
  linkNames: ReadonlyMap<string, string>
): SheetPlan {
  return {
    ...sheet,
    values: sheet.values.map((row) =>
      row.map((v) =>
        typeof v === "string" && v.startsWith("=") ? renameReferences(v, formulaNames) : v
      )
    ),
    highlights: sheet.highlights.map((h) => ({
      ...h,
      formula: renameReferences(h.formula, formulaNames),
    })),
    links: sheet.links.map((l) => ({ ...l, target: renameReferences(l.target, linkNames) })),
  };
}
