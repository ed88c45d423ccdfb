import { readAllRules } from "./readAllRules";
import { estimateBytes } from "./estimateBytes";
import { ruleFingerprint } from "./ruleFingerprint";
import { SELECTION_RECORD_SETTING, recordedOn, type SelectionRecord } from "./selectionRecord";
import { syncInRequests } from "./syncInRequests";
import type { ClearResult } from "./WorkbookActions";
import type { WriteStep } from "./WriteStep";

/**
 * Within one Excel.run, removes every rule "Highlight in this sheet" wrote, on whatever sheet,
 * and nothing else: a rule goes only when the selection record lists its formula's fingerprint
 * for its sheet, so a user's own rule stays, even in the same colours. Sheets deleted since are
 * forgotten; a sheet whose rules Excel cannot all read back is cleared as far as it can be and
 * stays recorded. Without a record, nothing is read or written.
 *
 * @param context - the request context
 * @param record - the selection record, as read
 * @param budget - the estimated bytes a write request may carry (the default when undefined)
 * @returns how many rules were removed, and the sheets not fully cleared
 */
export async function clearSelectionRules(
  context: Excel.RequestContext,
  record: SelectionRecord,
  budget: number | undefined
): Promise<ClearResult> {
  if (Object.keys(record).length === 0) {
    return { removed: 0, rules: 0, unreadSheets: [] };
  }
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  await context.sync();
  const present = sheets.items.filter((s) => Object.hasOwn(record, s.id));
  const read = await readAllRules(
    context,
    present.map((s) => s.id),
    false
  );
  const steps: WriteStep[] = [];
  const kept: Record<string, SelectionRecord[string]> = {};
  const unread: string[] = [];
  present.forEach((sheet, i) => {
    const own = recordedOn(record, sheet.id);
    for (const rule of read[i].rules) {
      if (own.has(ruleFingerprint(rule.formula))) {
        steps.push({
          bytes: estimateBytes(2, []),
          formulas: false,
          queue: () => rule.format.delete(),
        });
      }
    }
    if (!read[i].complete) {
      unread.push(sheet.name);
      kept[sheet.id] = record[sheet.id];
    }
  });
  const removed = steps.length;
  const value = JSON.stringify(kept);
  steps.push({
    bytes: estimateBytes(3, [SELECTION_RECORD_SETTING, value]),
    formulas: false,
    queue: () => context.workbook.settings.add(SELECTION_RECORD_SETTING, value),
  });
  await syncInRequests(context, steps, { suspendCalculation: false, budget });
  return { removed, rules: removed, unreadSheets: unread };
}
