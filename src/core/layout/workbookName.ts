/** A workbook name Excel accepts: a letter or underscore first, then letters, digits, _ and .; not a cell address. */
export const WORKBOOK_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/;

/**
 * The workbook name of a table in an edition: `IIJ_` and the table id in capitals, quarterly
 * as `_Q` and annual as `_FY`, the Japanese edition's with `_JA`.
 *
 * @param tableId - the table's id
 * @param japanese - whether the name is for the Japanese edition's table
 * @returns the name
 * @example
 * tableName("operations_quarterly", false) //=> "IIJ_OPERATIONS_Q"
 */
export function tableName(tableId: string, japanese: boolean): string {
  const base = tableId
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/_QUARTERLY$/, "_Q")
    .replace(/_ANNUAL$/, "_FY");
  return `IIJ_${base}${japanese ? "_JA" : ""}`;
}

/**
 * Whether Excel accepts a text as a workbook name: {@link WORKBOOK_NAME}'s characters, and not
 * readable as a cell address in either notation ("AB12", "XFD1", "R1C1", "R", "C", "RC2").
 *
 * @param name - the name
 * @returns true when valid
 * @example
 * validWorkbookName("IIJ_FXRATE") //=> true
 * validWorkbookName("IIJ1") //=> false
 */
export function validWorkbookName(name: string): boolean {
  return (
    WORKBOOK_NAME.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^(R[0-9]*)?(C[0-9]*)?$/i.test(name)
  );
}
