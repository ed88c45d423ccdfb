import type { CellRef } from "../model/CellRef";
import type { Edition } from "../model/Edition";
import type { PlacementLookup } from "./formula/ruleFormula";
import type { PlacedCell } from "./WorkbookPlan";

/**
 * The key of a placement in a lookup: edition, table, item, column.
 *
 * @param edition - the edition
 * @param ref - the dataset cell
 * @returns the key
 * @example
 * placementKey("en", { table: "t", item: "i", column: "c" }) //=> "en|t|i|c"
 */
export function placementKey(edition: Edition, ref: CellRef): string {
  return `${edition}|${ref.table}|${ref.item}|${ref.column}`;
}

/**
 * Where each of the placements is, found by edition and dataset cell.
 *
 * @param placements - the cells placed (a plan's, or a sheet's so far)
 * @returns the lookup
 * @example
 * placementLookup(plan.placements)("en", plan.placements[0].ref) === plan.placements[0] //=> true
 */
export function placementLookup(placements: ReadonlyArray<PlacedCell>): PlacementLookup {
  const placed = new Map(placements.map((p) => [placementKey(p.edition, p.ref), p]));
  return (edition, ref) => placed.get(placementKey(edition, ref));
}
