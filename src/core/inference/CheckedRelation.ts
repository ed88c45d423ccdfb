import type { InferredRelation } from "./InferredRelation";

/**
 * An accepted relation with, per cell it covers (in `relationRule` order), 1 where the scoring
 * kernel already proved the cell consistent. The kernels read amounts at least as precisely as
 * `evaluateRule` in round mode (a nil amount, which the engine reads as exactly zero, is never
 * settled), so such a cell needs no second evaluation; every other cell gets one.
 */
export type CheckedRelation = {
  readonly relation: InferredRelation;
  readonly settled: Uint8Array;
};
