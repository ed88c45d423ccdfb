import type { WorkbookPlan } from "../core/layout/WorkbookPlan";
import type { OwnedSheet } from "./ownershipMarks";
import { ownerMarkName } from "./ownershipMarks";

/**
 * Where each planned sheet is in the workbook now, found through its mark (so a sheet the add-in
 * renamed to avoid a user's, or the user renamed, is still found).
 *
 * @param plan - the plan
 * @param owned - the add-in's sheets from their marks
 * @returns planned sheet name → the sheet's current name, for the sheets that exist
 */
export function ownedPlanSheets(
  plan: WorkbookPlan,
  owned: ReadonlyArray<OwnedSheet>
): ReadonlyMap<string, string> {
  const byMark = new Map(owned.map((o) => [o.mark.toUpperCase(), o.sheet]));
  const found = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const actual = byMark.get(ownerMarkName(sheet.key));
    if (actual !== undefined) {
      found.set(sheet.name, actual);
    }
  }
  return found;
}
