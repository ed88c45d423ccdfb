import type { DatasetIndex } from "../../core/model/DatasetIndex";
import type { NamedItem } from "../errors/FunctionError";

/**
 * An item as a message names it: its id and its labels (as printed in one of the given tables,
 * when given; the id itself when the index has no such item).
 *
 * @param index - the dataset index
 * @param id - the item id
 * @param within - the tables whose label to prefer, when given
 * @returns the id with its labels
 * @example
 * namedItem(index, "revenues.total") //=> { id: "revenues.total", label: { en: "Total revenues", ja: "営業収益合計" } }
 */
export function namedItem(
  index: DatasetIndex,
  id: string,
  within?: ReadonlySet<string>
): NamedItem {
  const placements = index.items.get(id) ?? [];
  const placement = placements.find((p) => within?.has(p.table.id) ?? false) ?? placements[0];
  return { id, label: placement?.row.label ?? { en: id } };
}
