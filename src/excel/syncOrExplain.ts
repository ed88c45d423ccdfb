import { toWorkbookError } from "./errors";

/**
 * Syncs the request, turning Excel's error into the adapter's WorkbookError with a detail.
 *
 * @param context - the request context
 * @param detail - what the request was doing, for the message
 */
export async function syncOrExplain(context: Excel.RequestContext, detail: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, detail);
  }
}
