/**
 * A sheet name as a formula or a link writes it: quoted, quotes doubled.
 *
 * @param sheet - the sheet name
 * @returns the quoted name
 * @example
 * quoteSheetName("Bob's") //=> "'Bob''s'"
 */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
