/**
 * Whether a row id names a row that carries figures (any role but a heading).
 *
 * @param rowRoles - row id → role
 * @param id - the row id
 * @returns true for an item, subtotal or total
 * @example
 * isFigureRow(new Map([["a", "heading"], ["b", "item"]]), "b") //=> true
 */
export function isFigureRow(rowRoles: ReadonlyMap<string, string>, id: string): boolean {
  const role = rowRoles.get(id);
  return role !== undefined && role !== "heading";
}
