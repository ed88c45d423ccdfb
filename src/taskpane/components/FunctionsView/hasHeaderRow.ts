import type { PlaygroundCell } from "../../services/Playground";

/**
 * Whether the first row heads the columns: text above rows that hold figures, as
 * IIJ.STATEMENT's title and period headers do.
 *
 * @param rows - the spilled cells
 * @returns true when the first row is a header
 * @example
 * hasHeaderRow([[{ text: "4Q02", kind: "text" }], [{ text: "459", kind: "number" }]]) //=> true
 */
export function hasHeaderRow(rows: ReadonlyArray<ReadonlyArray<PlaygroundCell>>): boolean {
  return (
    rows.length > 1 &&
    rows[0].every((c) => c.kind === "text" || c.kind === "empty") &&
    rows.slice(1).some((row) => row.some((c) => c.kind === "number"))
  );
}
