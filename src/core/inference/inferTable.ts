import type { CheckedRelation } from "./CheckedRelation";
import type { UnreadPart } from "./InferredRelation";
import { inferFootings } from "./inferFootings";
import { inferPercentColumn } from "./inferPercentColumn";
import type { TableGrid } from "./TableGrid";
import { translatedColumns } from "./translatedColumns";

/**
 * Infers a table's arithmetic: what each percentage column is (a share or a change of amount
 * columns) and which rows are totals of the rows above them.
 *
 * @param table - the table, read
 * @returns the accepted relations and the parts not understood
 * @example
 * inferTable(table).relations.filter((r) => r.relation.kind === "share").length //=> 3
 */
export function inferTable(table: TableGrid): {
  readonly relations: ReadonlyArray<CheckedRelation>;
  readonly unread: ReadonlyArray<UnreadPart>;
} {
  const amounts = table.columns.filter((c) => c.role === "amount");
  const translated = translatedColumns(amounts);
  const sources = amounts.filter((c) => !translated.has(c.index));
  const relations: CheckedRelation[] = [];
  const unread: UnreadPart[] = [];
  for (const p of table.columns) {
    if (p.role !== "percent") {
      continue;
    }
    const inferred = inferPercentColumn(table, p, sources);
    if ("checked" in inferred) {
      relations.push(inferred.checked);
    } else {
      unread.push(inferred.unread);
    }
  }
  const footings = inferFootings(table, amounts);
  return {
    relations: [...relations, ...footings.relations],
    unread: [...unread, ...footings.unread],
  };
}
