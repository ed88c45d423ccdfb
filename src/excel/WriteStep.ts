/** Where a step queues its calls: the request's context and its worksheets by name. */
export type StepTarget = {
  readonly context: Excel.RequestContext;
  /** The worksheet of that name, looked up once per request. */
  readonly sheet: (name: string) => Excel.Worksheet;
};

/**
 * One unit of writing that goes into a single request: the requests of a load or a refresh are
 * these steps packed in order until their estimated size reaches the budget.
 */
export type WriteStep = {
  /** An estimate of the bytes the step adds to a request body (see estimateBytes). */
  readonly bytes: number;
  /** Whether it writes a formula (a cell value starting with "=" or a rule): calculation waits. */
  readonly formulas: boolean;
  /** Queues the step's calls, without syncing. */
  readonly queue: (target: StepTarget) => void;
};
