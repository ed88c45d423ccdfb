import type { Dataset } from "./Dataset";
import { DatasetError } from "./DatasetError";
import { validateDataset } from "./validateDataset";

/**
 * Validates data and returns it as a Dataset, or throws a DatasetError listing every violation.
 *
 * @param data - anything, usually parsed JSON
 * @returns the same value, typed
 * @throws DatasetError when the data breaks the model
 * @example
 * loadDataset(json).release.id //=> "iij-fy2002-q4"
 */
export function loadDataset(data: unknown): Dataset {
  const violations = validateDataset(data);
  if (violations.length > 0) {
    throw new DatasetError(violations);
  }
  return data as Dataset;
}
