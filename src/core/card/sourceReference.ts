import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import { figureProvenance } from "../provenance/figureProvenance";
import { formatSourceLine } from "../provenance/formatSourceLine";
import type { CardColumn } from "./CardColumn";
import { type FigureLocation, locateFigure } from "./locateFigure";

/**
 * Where the release prints an item's figure for a period, as one line of text: what
 * `=IIJ.SOURCE(item, period, [column], [edition])` returns, so a model can carry its references
 * beside its numbers.
 *
 * @param index - the dataset index
 * @param item - an item id, label, alias or standard name
 * @param period - a period id
 * @param column - which figure: amount (the default), share, yoy, qoq or usd
 * @param edition - the edition (default English)
 * @returns the line, or a message listing what exists
 * @example
 * sourceReference(index, "Value-added services", "4Q02") //=> { ok: true, text: "Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604" }
 */
export function sourceReference(
  index: DatasetIndex,
  item: string,
  period: string,
  column: CardColumn = "amount",
  edition: Edition = "en"
): { readonly ok: true; readonly text: string } | Extract<FigureLocation, { ok: false }> {
  const found = locateFigure(index, item, period, column, edition);
  if (!found.ok) {
    return found;
  }
  const table = index.tables.get(found.ref.table);
  const columnIndex = index.columnPositions.get(`${found.ref.table}|${found.ref.column}`);
  const rowIndex = table?.rows.findIndex((r) => r.id === found.ref.item) ?? -1;
  if (table === undefined || columnIndex === undefined || rowIndex < 0) {
    return {
      ok: false,
      message: `No cell ${found.ref.table} ${found.ref.item} ${found.ref.column}.`,
    };
  }
  return {
    ok: true,
    text: formatSourceLine(figureProvenance(table, rowIndex, columnIndex, edition), edition),
  };
}
