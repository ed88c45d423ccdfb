import {
  SELECTION_RECORD_SETTING,
  parseSelectionRecord,
  type SelectionRecord,
} from "./selectionRecord";

/**
 * Queues the read of the record of the rules selection highlights wrote, so that it shares a
 * request with other reads.
 *
 * @param context - the request context
 * @returns after the next sync, the record (empty when there is none)
 */
export function queueSelectionRecord(context: Excel.RequestContext): () => SelectionRecord {
  const setting = context.workbook.settings
    .getItemOrNullObject(SELECTION_RECORD_SETTING)
    .load("value");
  return () => parseSelectionRecord(setting.isNullObject ? undefined : setting.value);
}
