import {
  SELECTION_RECORD_SETTING,
  parseSelectionRecord,
  type SelectionRecord,
} from "./selectionRecord";

/**
 * Reads the record of the rules selection highlights wrote, in one sync.
 *
 * @param context - the request context
 * @returns the record (empty when there is none)
 */
export async function readSelectionRecord(context: Excel.RequestContext): Promise<SelectionRecord> {
  const setting = context.workbook.settings
    .getItemOrNullObject(SELECTION_RECORD_SETTING)
    .load("value");
  await context.sync();
  return parseSelectionRecord(setting.isNullObject ? undefined : setting.value);
}
