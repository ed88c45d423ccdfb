import type { WorkbookPlan } from "../core/layout/WorkbookPlan";
import { ownerMarkName } from "./ownershipMarks";
import { sheetRenamer } from "./renameSheetReferences";
import { ruleFingerprint } from "./ruleFingerprint";

/**
 * What the load record keeps of the rules written: for each sheet with highlights, under its
 * mark, the fingerprints of its rule formulas as Excel will report them (sheet references under
 * the sheets' final names).
 *
 * @param plan - the plan whose highlights were written
 * @param names - planned sheet name → the sheet's name in the workbook
 * @returns mark → distinct fingerprints
 */
export function ruleRecord(
  plan: WorkbookPlan,
  names: ReadonlyMap<string, string>
): Record<string, ReadonlyArray<string>> {
  const record: Record<string, ReadonlyArray<string>> = {};
  const rename = sheetRenamer(names);
  for (const sheet of plan.sheets) {
    if (!names.has(sheet.name)) {
      continue;
    }
    const formulas = sheet.highlights.map((h) => ruleFingerprint(rename(h.formula)));
    if (formulas.length > 0) {
      record[ownerMarkName(sheet.key)] = [...new Set(formulas)];
    }
  }
  return record;
}
