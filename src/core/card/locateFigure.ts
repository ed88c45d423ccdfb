import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import { findItem } from "../model/findItem";
import { cardColumnOf, type CardColumn } from "./CardColumn";

/**
 * Why a known item has no such figure, as data: the periods it has this column for (none when it
 * never has it in the edition) and the columns it has for the period.
 */
export type MissingFigure = {
  readonly items: ReadonlyArray<string>;
  readonly column: CardColumn;
  readonly period: string;
  readonly edition: Edition;
  readonly periods: ReadonlyArray<string>;
  readonly columns: ReadonlyArray<CardColumn>;
};

/** A figure found from what a user typed, or a message that names what exists. */
export type FigureLocation =
  | { readonly ok: true; readonly ref: CellRef }
  | { readonly ok: false; readonly message: string; readonly missing?: MissingFigure };

/** Every cell an item has in an edition: its table, column and card column. */
function cellsOf(
  index: DatasetIndex,
  item: string,
  edition: Edition
): Array<{ ref: CellRef; period: string; column: CardColumn }> {
  return (index.items.get(item) ?? []).flatMap(({ table, row }) =>
    table.columns.flatMap((column, i) =>
      (table.figures[edition]?.[row.id]?.[i] ?? null) === null
        ? []
        : [
            {
              ref: { table: table.id, item: row.id, column: column.id },
              period: column.period,
              column: cardColumnOf(column),
            },
          ]
    )
  );
}

/**
 * Finds the cell of an item's figure for a period: its amount, share, change or USD translation,
 * in the first table (in dataset order) that prints it in the edition.
 *
 * @param index - the dataset index
 * @param item - an item id, label, alias or standard name
 * @param period - a period id ("4Q02", "FY2002", "2003-03-31")
 * @param column - which figure of that item and period
 * @param edition - the edition
 * @returns the cell, or a message listing the items, periods or columns that exist
 * @example
 * locateFigure(index, "revenues.value_added", "4Q02", "amount", "en") //=> { ok: true, ref: { table: "operations_quarterly", item: "revenues.value_added", column: "jpy_4Q02" } }
 */
export function locateFigure(
  index: DatasetIndex,
  item: string,
  period: string,
  column: CardColumn,
  edition: Edition
): FigureLocation {
  const found = findItem(index, item);
  if (!found.ok) {
    return {
      ok: false,
      message: `${found.message} Items: ${[...index.items.keys()].join(", ")}.`,
    };
  }
  const cells = found.ids.flatMap((id) => cellsOf(index, id, edition));
  const match = cells.find((c) => c.period === period && c.column === column);
  if (match !== undefined) {
    return { ok: true, ref: match.ref };
  }
  const periods = [...new Set(cells.filter((c) => c.column === column).map((c) => c.period))];
  const columns = [...new Set(cells.filter((c) => c.period === period).map((c) => c.column))];
  const name = found.ids.join(", ");
  const missing = { items: found.ids, column, period, edition, periods, columns };
  if (periods.length === 0) {
    return {
      ok: false,
      message: `${name} has no ${column} figure in the '${edition}' edition.`,
      missing,
    };
  }
  return {
    ok: false,
    missing,
    message:
      `${name} has no ${column} figure for '${period}' in the '${edition}' edition. ` +
      `Periods with one: ${periods.join(", ")}.` +
      (columns.length > 0 ? ` For ${period} it has: ${columns.join(", ")}.` : ""),
  };
}
