import type { Column } from "../model/Table";

/** Which figure of an item and period a card is for: the amount, its share, a change, its USD. */
export type CardColumn = "amount" | "share" | "yoy" | "qoq" | "usd";

/** Every card column, in the order the command line lists them. */
export const CARD_COLUMNS: ReadonlyArray<CardColumn> = ["amount", "share", "yoy", "qoq", "usd"];

/**
 * The card column a table column holds (a rate is the amount of its row).
 *
 * @param column - the table's column
 * @returns its card column
 * @example
 * cardColumnOf({ kind: "change", comparison: "quarterOverQuarter", … }) //=> "qoq"
 */
export function cardColumnOf(column: Column): CardColumn {
  switch (column.kind) {
    case "amount":
    case "rate":
      return "amount";
    case "usd":
      return "usd";
    case "share":
      return "share";
    case "change":
      return column.comparison === "yearOverYear" ? "yoy" : "qoq";
  }
}
