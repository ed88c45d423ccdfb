import { findItem } from "../../core/model/findItem";
import { normalizeName } from "../../core/model/normalizeName";
import type { FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";
import { namedItem } from "./namedItem";

function itemsOf(context: FunctionsContext, within: ReadonlySet<string>): string[] {
  return context.index.dataset.tables
    .filter((t) => within.has(t.id))
    .flatMap((t) => t.rows.filter((r) => r.role !== "heading").map((r) => r.id));
}

/**
 * The item(s) a user names, by id, English or Japanese label or alias (case-, width- and
 * punctuation-insensitive). Within given tables, a unique part of a name is enough
 * (`"international"` for the international backbone costs).
 *
 * @param context - the functions' context
 * @param text - the item as typed
 * @param within - only items of these tables, when given
 * @returns the item ids (several when a name is shared), or a message
 * @example
 * resolveItem(context, "Total Revenues") //=> { ok: true, value: ["revenues.total"] }
 */
export function resolveItem(
  context: FunctionsContext,
  text: string,
  within?: ReadonlySet<string>
): FunctionResult<ReadonlyArray<string>> {
  const found = findItem(context.index, text, within);
  if (found.ok) {
    return succeed(found.ids);
  }
  if (within === undefined) {
    return invalidValue({
      kind: "unknownItem",
      name: text,
      suggestions: found.suggestions.map((id) => namedItem(context.index, id)),
      among: "near",
    });
  }
  const key = normalizeName(text);
  const ids = itemsOf(context, within);
  const partial =
    key.length < 2
      ? []
      : ids.filter((id) =>
          (context.index.items.get(id) ?? []).some(({ row }) =>
            [row.id, row.label.en, row.label.ja ?? "", ...(row.aliases ?? [])].some((name) =>
              normalizeName(name).includes(key)
            )
          )
        );
  const unique = partial.filter((id, i) => partial.indexOf(id) === i);
  return unique.length > 0
    ? succeed(unique)
    : invalidValue({
        kind: "unknownItem",
        name: text,
        suggestions: ids
          .filter((id, i) => ids.indexOf(id) === i)
          .map((id) => namedItem(context.index, id, within)),
        among: "tables",
      });
}
