import type { CellRef } from "../model/CellRef";
import type { Edition } from "../model/Edition";
import { CLAIMS_TABLE } from "../checks/Rule";
import type { CardContext } from "./CardContext";
import { cardColumnOf } from "./CardColumn";
import type { CardFigure } from "./CardFigure";

/**
 * A cell of the release as a card names it: item, period, column and its printed text in one
 * edition (a claim is printed only in its own edition).
 *
 * @param context - the indexed check
 * @param ref - the cell (a table's, or a claim's)
 * @param edition - the edition
 * @returns the figure, or undefined when no such cell exists
 * @example
 * describeCell(cardContext, ref, "en")?.column //=> "amount"
 */
export function describeCell(
  context: CardContext,
  ref: CellRef,
  edition: Edition
): CardFigure | undefined {
  if (ref.table === CLAIMS_TABLE) {
    const claim = context.claims.get(ref.item);
    if (claim === undefined) {
      return undefined;
    }
    const label = context.index.items.get(claim.subject)?.[0]?.row.label ?? { en: claim.subject };
    return {
      ref,
      edition,
      item: claim.subject,
      period: claim.period,
      column: "claim",
      label,
      printed: claim.edition === edition ? claim.claimed.text : null,
    };
  }
  const table = context.index.tables.get(ref.table);
  const position = context.index.columnPositions.get(`${ref.table}|${ref.column}`);
  const row = table?.rows.find((r) => r.id === ref.item);
  if (table === undefined || position === undefined || row === undefined) {
    return undefined;
  }
  const column = table.columns[position];
  return {
    ref,
    edition,
    item: row.id,
    period: column.period,
    column: cardColumnOf(column),
    label: row.label,
    printed: table.figures[edition]?.[row.id]?.[position]?.text ?? null,
  };
}
