import { quoteSheet } from "../core/layout/a1";
import { parseReference } from "./parseReference";

/** Workbook names that mark the add-in's sheets start with this. */
export const OWNER_MARK_PREFIX = "IIJ_SHEET_";

/** One of the add-in's sheets, found through its mark. */
export type OwnedSheet = {
  /** The sheet's name now (Excel keeps the mark pointing at the sheet through renames). */
  readonly sheet: string;
  /** The workbook name that marks it. */
  readonly mark: string;
};

/**
 * The workbook name marking a planned sheet as the add-in's: a name pointing at the sheet's A1.
 * Excel rewrites it when the sheet is renamed and turns it into #REF! when the sheet is deleted,
 * so a user's sheet can never carry it, even one named like a deleted sheet of the add-in.
 *
 * @param sheetKey - the plan's stable key ("en:operations")
 * @returns a valid workbook name
 * @example
 * ownerMarkName("en:balanceSheet") //=> "IIJ_SHEET_EN_BALANCESHEET"
 */
export function ownerMarkName(sheetKey: string): string {
  return OWNER_MARK_PREFIX + sheetKey.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

/**
 * What a mark refers to.
 *
 * @param sheet - the sheet's name
 * @returns the formula for `names.add`
 * @example
 * ownerMarkFormula("Checks") //=> "='Checks'!$A$1"
 */
export function ownerMarkFormula(sheet: string): string {
  return `=${quoteSheet(sheet)}!$A$1`;
}

/**
 * The add-in's sheets, from the workbook's names: marks whose formula still points at a cell of
 * one of the existing sheets (a mark turned #REF! by a deleted sheet marks nothing).
 *
 * @param names - the workbook's names with their formulas
 * @param sheets - the names of the sheets that exist
 * @returns the owned sheets, in the order of the marks
 * @example
 * readOwnedSheets([{ name: "IIJ_SHEET_CHECKS", formula: "=Checks!$A$1" }], ["Checks"]) //=> [{ sheet: "Checks", mark: "IIJ_SHEET_CHECKS" }]
 */
export function readOwnedSheets(
  names: ReadonlyArray<{ readonly name: string; readonly formula: string }>,
  sheets: ReadonlyArray<string>
): ReadonlyArray<OwnedSheet> {
  const byKey = new Map(sheets.map((s) => [s.toLocaleUpperCase(), s]));
  const owned: OwnedSheet[] = [];
  for (const { name, formula } of names) {
    if (!name.toUpperCase().startsWith(OWNER_MARK_PREFIX)) {
      continue;
    }
    // Written at A1; Excel moves it with rows or columns the user inserts above or left of it.
    const area = parseReference(formula);
    const single = area !== null && area.rows === 1 && area.columns === 1;
    const sheet = single ? byKey.get(area.sheet.toLocaleUpperCase()) : undefined;
    if (sheet !== undefined) {
      owned.push({ sheet, mark: name });
    }
  }
  return owned;
}
