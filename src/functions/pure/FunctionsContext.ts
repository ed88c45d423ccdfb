import type { DatasetIndex } from "../../core/model/DatasetIndex";
import { statementNames } from "./statementNames";

/** What every function reads: the index and the table names, both built once at load. */
export type FunctionsContext = {
  readonly index: DatasetIndex;
  /** Normalized statement name → table ids. */
  readonly statements: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Yen per dollar of the release's convenience translation. */
  readonly jpyPerUsd: number;
};

/**
 * Builds the functions' context once, from the dataset index.
 *
 * @param index - the dataset index
 * @returns the context
 * @example
 * functionsContext(index).jpyPerUsd //=> 118.07
 */
export function functionsContext(index: DatasetIndex): FunctionsContext {
  return {
    index,
    statements: statementNames(index),
    jpyPerUsd: index.dataset.fxRate.jpyPerUsd,
  };
}
