import type { DatasetIndex } from "./DatasetIndex";
import { normalizeName } from "./normalizeName";

/** An item found from a user's text, or a message that says what would have been valid. */
export type ItemResolution =
  | { readonly ok: true; readonly ids: ReadonlyArray<string> }
  | {
      readonly ok: false;
      readonly message: string;
      /** Item ids whose names contain the text or are contained in it (at most 8). */
      readonly suggestions: ReadonlyArray<string>;
    };

const MAX_LISTED = 8;

/**
 * Finds the item(s) a user names, by id, English or Japanese label, alias or standard name. A name shared by
 * several items ("Other") returns all of them; the caller narrows by table or period.
 *
 * @param index - the dataset index
 * @param name - the text as typed
 * @param within - only items of these tables, when given
 * @returns the item ids, or a message
 * @example
 * findItem(index, "total revenues") //=> { ok: true, ids: ["revenues.total"] }
 */
export function findItem(
  index: DatasetIndex,
  name: string,
  within?: ReadonlySet<string>
): ItemResolution {
  const key = normalizeName(name);
  const ids = (index.names.get(key) ?? []).filter(
    (id) => within === undefined || (index.items.get(id) ?? []).some((p) => within.has(p.table.id))
  );
  if (ids.length > 0) {
    return { ok: true, ids };
  }
  const suggestions = [...index.names.keys()]
    .filter((k) => key.length >= 3 && (k.includes(key) || key.includes(k)))
    .flatMap((k) => index.names.get(k) ?? [])
    .filter((id, i, all) => all.indexOf(id) === i)
    .slice(0, MAX_LISTED);
  const hint =
    suggestions.length > 0
      ? ` Did you mean: ${suggestions.join(", ")}?`
      : " Use IIJ.ITEMS() for the list of items.";
  return { ok: false, message: `Unknown item '${name.slice(0, 60)}'.${hint}`, suggestions };
}
