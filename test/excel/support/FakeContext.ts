import { type FakeCall, type FakeFailures, FakeOfficeError, type WorkbookState } from "./fakeState";
import { FakeWorkbook } from "./FakeWorkbook";

/**
 * A small typed fake of the Office.js request context: calls are queued and run in order at
 * sync(); every call and every sync is counted; a failure can be injected at a call of a sync,
 * after the calls before it have run (as Excel does).
 */
export class FakeContext {
  readonly state: WorkbookState;
  readonly failures: FakeFailures;
  readonly calls: FakeCall[] = [];
  /** Calls queued per sync, in order. */
  readonly callsPerSync: number[] = [];
  syncCount = 0;
  readonly workbook: FakeWorkbook;
  private queue: Array<{ call: FakeCall; run: () => void }> = [];

  constructor(state: WorkbookState, failures: FakeFailures = {}) {
    this.state = state;
    this.failures = failures;
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues one call; `run` applies it at the next sync. */
  enqueue(target: string, op: string, args: unknown, run: () => void): void {
    const call = { target, op, args };
    this.calls.push(call);
    this.queue.push({ call, run });
  }

  /** Runs the queued calls in order; rejects at an injected failure or an Excel-like error. */
  async sync(): Promise<void> {
    this.syncCount += 1;
    const queue = this.queue;
    this.queue = [];
    this.callsPerSync.push(queue.length);
    const fail = this.failures.failAtSync;
    for (const { call, run } of queue) {
      if (
        fail !== undefined &&
        fail.sync === this.syncCount &&
        (fail.op === undefined || fail.op === call.op)
      ) {
        throw new FakeOfficeError(fail.code, `Injected failure at ${call.op}`);
      }
      run();
    }
  }

  /** Calls queued whose op is `op`. */
  callsOf(op: string): FakeCall[] {
    return this.calls.filter((c) => c.op === op);
  }
}

/** An Excel.run-like runner over one fake context per batch, all sharing the same state. */
export function fakeRunner(
  state: WorkbookState,
  failures: FakeFailures = {}
): {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly contexts: FakeContext[];
} {
  const contexts: FakeContext[] = [];
  return {
    contexts,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeContext(state, failures);
      contexts.push(context);
      // The fake implements the subset of Excel.RequestContext the adapter uses.
      return batch(context as unknown as Excel.RequestContext);
    },
  };
}

/** Fresh failure: the code Excel uses when the workbook structure is protected. */
export function accessDenied(): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "The workbook is protected.");
}
