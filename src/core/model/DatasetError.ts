/** Thrown when data that should be a dataset is not: the message lists every violation. */
export class DatasetError extends Error {
  /** Every violation found, each prefixed by its path. */
  readonly violations: ReadonlyArray<string>;

  /**
   * @param violations - the violations, as `validateDataset` returns them
   */
  constructor(violations: ReadonlyArray<string>) {
    super(`Invalid dataset (${violations.length} violations):\n${violations.join("\n")}`);
    this.name = "DatasetError";
    this.violations = violations;
  }
}
