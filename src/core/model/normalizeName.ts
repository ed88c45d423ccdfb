/**
 * The form a name is looked up in: case-, width- and punctuation-insensitive, so
 * `"Total Revenues"`, `"total revenues"`, `"ＴＯＴＡＬ ＲＥＶＥＮＵＥＳ" (full width)` and `"total_revenues"` meet.
 *
 * @param name - a label, alias or id as typed
 * @returns letters and digits only, lower-case, half-width
 * @example
 * normalizeName("D&A") //=> "da"
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}
