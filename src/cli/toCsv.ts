/**
 * Writes rows as RFC 4180 CSV: every field quoted when it holds a comma, quote or line break,
 * and a leading `=`, `+`, `-` or `@` in text neutralised so a spreadsheet never runs it as a formula.
 *
 * @param header - the column names
 * @param rows - the records, in header order
 * @returns the CSV text with CRLF line ends
 * @example
 * toCsv(["a", "b"], [["1,2", 3]]) //=> 'a,b\r\n"1,2",3\r\n'
 */
export function toCsv(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>
): string {
  const field = (v: string | number | null): string => {
    if (v === null) {
      return "";
    }
    if (typeof v === "number") {
      return String(v);
    }
    const safe = /^[=+\-@]/.test(v) && !/^-?[\d,.]+%?$/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
