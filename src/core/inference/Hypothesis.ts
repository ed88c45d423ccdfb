import type { InferredRelation, Support } from "./InferredRelation";

/**
 * A candidate relation for a percentage column with its verdict on every data row (the
 * kernel's codes), how strongly it is preferred among hypotheses with the same verdicts
 * (lower first), and the relation it would become.
 */
export type Hypothesis = Support & {
  readonly verdicts: Uint8Array;
  readonly preference: number;
  readonly relation: InferredRelation;
  /** Per covered cell, 1 when the kernel proved it consistent (see `CheckedRelation`). */
  readonly settled: Uint8Array;
  /** The hypothesis in words, for a column not understood. */
  readonly words: string;
};
