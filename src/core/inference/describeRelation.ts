import type { GridAddress } from "./GridAddress";
import type { InferredRelation, UnreadPart } from "./InferredRelation";
import { rowList } from "./rowList";

/** Names a row by its number and label: "row 30 (Total revenues)". */
export type RowNamer = (row: number) => string;

/**
 * An accepted relation in words and A1 terms, as `--explain` prints it: "column E: % of row 30
 * (Total revenues) of column D, 38 of 38 cells consistent".
 *
 * @param relation - the relation
 * @param at - names cells as the sheet does
 * @param nameRow - names a row with its label
 * @returns one line
 * @example
 * describeRelation(change, at, nameRow) //=> "column G: change from column F to column D (D5 ÷ F5 − 1), 25 of 25 cells consistent"
 */
export function describeRelation(
  relation: InferredRelation,
  at: GridAddress,
  nameRow: RowNamer
): string {
  const support = `${relation.consistent} of ${relation.checkable} cells consistent`;
  switch (relation.kind) {
    case "share": {
      const bases = relation.blocks.map(
        (b) =>
          `% of ${nameRow(b.base)} of column ${at.column(relation.of)}` +
          (relation.blocks.length > 1 ? ` for rows ${at.row(b.from)}–${at.row(b.to)}` : "")
      );
      return `column ${at.column(relation.column)}: ${bases.join("; ")}, ${support}`;
    }
    case "change": {
      const r = relation.rows[0] ?? 0;
      return `column ${at.column(relation.column)}: change from column ${at.column(relation.prior)} to column ${at.column(relation.current)} (${at.cell(r, relation.current)} ÷ ${at.cell(r, relation.prior)} − 1), ${support}`;
    }
    case "footing": {
      const columns = relation.columns.map(at.column);
      return `${nameRow(relation.row)}: sum of rows ${rowList(relation.terms, at)} in column${columns.length > 1 ? "s" : ""} ${columns.join(", ")}${relation.byLabel ? " (a total by its label)" : ""}, ${support}`;
    }
  }
}

/**
 * A part not understood, in words: "column H (YoY %) not understood: …".
 *
 * @param part - the column or row
 * @param at - names cells as the sheet does
 * @param nameRow - names a row with its label
 * @param header - a column's header
 * @returns one line
 * @example
 * describeUnread(part, at, nameRow, header) //=> "column H (Chg %) not understood: the best hypothesis, …"
 */
export function describeUnread(
  part: UnreadPart,
  at: GridAddress,
  nameRow: RowNamer,
  header: (column: number) => string
): string {
  const what =
    part.kind === "row"
      ? nameRow(part.index)
      : `column ${at.column(part.index)}${header(part.index) === "" ? "" : ` (${header(part.index)})`}`;
  return `${what} not understood: ${part.reason}`;
}
