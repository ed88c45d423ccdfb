import { queueSelectionRecord } from "./queueSelectionRecord";
import type { SelectionRecord } from "./selectionRecord";

/**
 * Reads the record of the rules selection highlights wrote, in one sync.
 *
 * @param context - the request context
 * @returns the record (empty when there is none)
 */
export async function readSelectionRecord(context: Excel.RequestContext): Promise<SelectionRecord> {
  const read = queueSelectionRecord(context);
  await context.sync();
  return read();
}
