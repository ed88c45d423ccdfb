/**
 * The names analysts use for an item's concept, besides the release's own labels, keyed by item
 * id: `{ "net_loss": { en: ["Net income", …], ja: ["当期純利益", …] } }`. The first English name
 * is the item's standard name. A name may stand under several items only when they carry the
 * same concept (Capex in Table 5 and in its reconciliation); where their figures differ, a lookup
 * by that name is refused with the candidates listed.
 */
export type StandardNames = Readonly<
  Record<string, { readonly en: ReadonlyArray<string>; readonly ja: ReadonlyArray<string> }>
>;
