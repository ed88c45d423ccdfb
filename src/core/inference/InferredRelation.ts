/** How many of the cells a relation covers it makes consistent, of those it could check. */
export type Support = { readonly consistent: number; readonly checkable: number };

/** A block of rows whose percentages are shares of one base row. */
export type ShareBlock = { readonly base: number; readonly from: number; readonly to: number };

/**
 * A relation the inference accepted, in grid coordinates (zero-based rows and columns): a
 * percentage column as shares of an amount column's base rows, a percentage column as the change
 * between two amount columns, or a row as the sum of the rows above it.
 */
export type InferredRelation =
  | (Support & {
      readonly kind: "share";
      readonly table: string;
      readonly column: number;
      readonly of: number;
      readonly blocks: ReadonlyArray<ShareBlock>;
      /** The rows whose percentage is covered. */
      readonly rows: ReadonlyArray<number>;
    })
  | (Support & {
      readonly kind: "change";
      readonly table: string;
      readonly column: number;
      readonly current: number;
      readonly prior: number;
      readonly rows: ReadonlyArray<number>;
    })
  | (Support & {
      readonly kind: "footing";
      readonly table: string;
      readonly row: number;
      /** The rows added, nested subtotals standing for their own parts. */
      readonly terms: ReadonlyArray<number>;
      /** The amount columns checked. */
      readonly columns: ReadonlyArray<number>;
      /** Accepted because the label says total, not because every column agrees. */
      readonly byLabel: boolean;
    });

/** Why a best hypothesis was not accepted (see `rejection`), as data the pane words. */
export type Rejection = Support & {
  /** Fewer than MIN_CELLS_EXPLAINED cells, under two thirds, or as many as a rival. */
  readonly kind: "fewCells" | "underTwoThirds" | "tied";
  /** MIN_CELLS_EXPLAINED, for "fewCells". */
  readonly minimum: number;
};

/**
 * Why a part was not understood, as data: no hypothesis at all for a percentage column, its best
 * hypothesis rejected, or a row labelled a total that no block of rows above adds up to
 * (`rejection` null) or whose best block was rejected.
 */
export type UnreadWhy =
  | { readonly kind: "noSource" }
  | {
      readonly kind: "rejected";
      readonly best: InferredRelation;
      readonly rejection: Rejection;
    }
  | { readonly kind: "total"; readonly rejection: Rejection | null };

/** A percentage column, or a row labelled as a total, whose arithmetic was not understood. */
export type UnreadPart = {
  readonly table: string;
  readonly kind: "column" | "row";
  /** The grid column (for a column) or row (for a row). */
  readonly index: number;
  /** Why: the best hypothesis and the rule it failed, in English (as `--explain` prints it). */
  readonly reason: string;
  /** The same, as data for a reader in another language. */
  readonly why: UnreadWhy;
};
