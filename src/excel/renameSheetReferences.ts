import type { SheetPlan } from "../core/layout/WorkbookPlan";
import { quoteSheet } from "../core/layout/a1";

/**
 * A function that rewrites quoted sheet references (`'Name'!`) in texts from planned names to
 * other names, the references quoted once for all the texts it is given.
 *
 * @param names - planned name → name to write
 * @returns the rewriting
 * @example
 * sheetRenamer(new Map([["Checks", "Checks (2)"]]))("='Checks'!A1") //=> "='Checks (2)'!A1"
 */
export function sheetRenamer(names: ReadonlyMap<string, string>): (text: string) => string {
  const pairs = [...names]
    .filter(([from, to]) => from !== to)
    .map(([from, to]) => [`${quoteSheet(from)}!`, `${quoteSheet(to)}!`] as const);
  return (text) => {
    let result = text;
    for (const [from, to] of pairs) {
      if (result.includes(from)) {
        result = result.split(from).join(to);
      }
    }
    return result;
  };
}

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
  return sheetRenamer(names)(text);
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
  const formula = sheetRenamer(formulaNames);
  const link = sheetRenamer(linkNames);
  return {
    ...sheet,
    values: sheet.values.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? formula(v) : v))
    ),
    highlights: sheet.highlights.map((h) => ({ ...h, formula: formula(h.formula) })),
    links: sheet.links.map((l) => ({ ...l, target: link(l.target) })),
  };
}
