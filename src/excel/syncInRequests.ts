import type { StepTarget, WriteStep } from "./WriteStep";

/**
 * The largest request the adapter sends, as estimated: Excel on the web refuses requests above
 * 5 MB (RequestPayloadSizeLimitExceeded) and the adapter keeps every request under 1.5 MB as
 * Microsoft's serializer measures it; the estimate runs above the real size, so this budget
 * leaves a margin besides.
 */
export const REQUEST_BUDGET_BYTES = 1_000_000;

/**
 * The steps packed in order into requests: a request takes steps until the next would carry it
 * past the budget (a step larger than the budget goes alone).
 *
 * @param steps - the steps, in the order they must run
 * @param budget - the estimated bytes one request may carry
 * @returns the steps of each request
 * @example
 * packRequests([{ bytes: 6 }, { bytes: 6 }, { bytes: 3 }], 10).map((r) => r.length) //=> [1, 2]
 */
export function packRequests<T extends { readonly bytes: number }>(
  steps: ReadonlyArray<T>,
  budget: number
): ReadonlyArray<ReadonlyArray<T>> {
  const requests: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) {
    requests.push(current);
  }
  return requests;
}

/**
 * Runs steps in as few requests as the budget allows, one sync each. A request that writes
 * formulas suspends calculation first (Excel resumes it at the sync), when the host can.
 * `onSynced` is told, after each request has completed, how many steps are done.
 *
 * @param context - the request context
 * @param steps - the steps, in order
 * @param options - whether calculation can be suspended, the budget, the completion callback
 * @returns the number of requests sent
 */
export async function syncInRequests(
  context: Excel.RequestContext,
  steps: ReadonlyArray<WriteStep>,
  options: {
    readonly suspendCalculation: boolean;
    readonly budget?: number;
    readonly onSynced?: (stepsDone: number) => void;
  }
): Promise<number> {
  const requests = packRequests(steps, options.budget ?? REQUEST_BUDGET_BYTES);
  let done = 0;
  for (const request of requests) {
    const sheets = new Map<string, Excel.Worksheet>();
    const target: StepTarget = {
      context,
      sheet: (name) => {
        const key = name.toLocaleUpperCase();
        const found = sheets.get(key) ?? context.workbook.worksheets.getItem(name);
        sheets.set(key, found);
        return found;
      },
    };
    if (options.suspendCalculation && request.some((s) => s.formulas)) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
    }
    request.forEach((step) => step.queue(target));
    // Each request must complete before the next is built: that is what bounds its size.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    done += request.length;
    options.onSynced?.(done);
  }
  return requests.length;
}
