import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Readings } from "./Readings";
import type { Rule } from "./Rule";

/** How a compiled rule recomputes its figure from its operands. */
export const RECOMPUTE = {
  /** 100 · a ÷ b. */
  share: 0,
  /** 100 · (a ÷ b − 1). */
  change: 1,
  /** 100 · (1 − b ÷ a): a margin, revenue first. */
  margin: 2,
  /** Σ sign · scale · operand: footings and reconciliations. */
  linear: 3,
  /** factor · a: the convenience translation. */
  translation: 4,
  /** The English figure against the Japanese one. */
  edition: 5,
} as const;

/** Bits of `CompiledRules.editions`. */
export const EDITION_BIT = { en: 1, ja: 2 } as const;

/**
 * The cells a rule set reads, numbered: each table's cells densely (`base[t] + row · columns +
 * column`, rows and columns in the table's order), then the cells named that no table holds
 * (claims, and references to a row or column a table lacks) as their references.
 */
export type CellSpace = {
  /** Per table of the dataset, the number of its first cell. */
  readonly base: Int32Array;
  /** Cells that belong to tables: base of the first extra cell. */
  readonly dense: number;
  /** The extra cells, numbered from `dense`. */
  readonly extra: ReadonlyArray<CellRef>;
  /** Dense cells some rule reads (1), for readers that ask cell by cell. */
  readonly used: Uint8Array;
};

/**
 * Where the operands of a column's rules lie, the same for every row (a share's part beside its
 * figure, its whole in the base row, a change's two amounts, a translation's yen): so a rule of
 * that shape stores no operand at all. Shape s (from 1; 0 is "listed") has `count[s]` operands
 * (1 or 2), each of sign 1: the first at `target + offA[s]`, scaled by `scaleA[s]`; the second
 * at `whole[s]` when that is ≥ 0, else at `target + offB[s]`, scaled by 1.
 */
export type RuleShapes = {
  readonly count: Int8Array;
  readonly offA: Int32Array;
  readonly offB: Int32Array;
  readonly whole: Int32Array;
  readonly scaleA: Float64Array;
};

/** The shapes of rules that all list their operands: shape 0 only. */
export const NO_SHAPES: RuleShapes = {
  count: new Int8Array(1),
  offA: new Int32Array(1),
  offB: new Int32Array(1),
  whole: Int32Array.of(-1),
  scaleA: Float64Array.of(1),
};

/**
 * Every rule of a dataset as typed arrays, compiled once per dataset: what the engine runs over
 * the bulk of the figures without building an object per check. Rule `i` reads its target cell
 * `target[i]` and its operands: where `shape[i]` is 0, the listed ones, `operand[start[i]]` to
 * `operand[start[i + 1] − 1]`, each with its sign and scale (for a translation, `scale` holds
 * the factor); else those its shape places (`RuleShapes`, read through `ruleOperands`). Rule
 * objects are built only where a finding or a list needs them (`rule`, `all`).
 */
export type CompiledRules = {
  readonly index: DatasetIndex;
  readonly size: number;
  /** Index into RULE_KINDS. */
  readonly kind: Uint8Array;
  /** One of RECOMPUTE. */
  readonly recompute: Uint8Array;
  /** EDITION_BIT flags of the editions the rule holds in. */
  readonly editions: Uint8Array;
  readonly target: Int32Array;
  /** size + 1 offsets into operand, sign and scale. */
  readonly start: Int32Array;
  readonly operand: Int32Array;
  readonly sign: Int8Array;
  readonly scale: Float64Array;
  /** Per rule, its shape's number, or 0 where its operands are listed. */
  readonly shape: Uint16Array;
  readonly shapes: RuleShapes;
  readonly cells: CellSpace;
  /**
   * The dataset's own printed figures per edition over the tables' cells (`cells.dense` of
   * them; undefined for an edition no table prints), read while compiling: what `readFigures`
   * gives for `datasetSources`' figures without reading them again. Empty for rules compiled
   * from a list.
   */
  readonly printed: { readonly en?: Readings; readonly ja?: Readings };
  /** The reference of a cell. */
  readonly ref: (cell: number) => CellRef;
  /** Rule `i` as an object, built on first use. */
  readonly rule: (i: number) => Rule;
  /** Every rule as an object, in order: `deriveRules`. */
  readonly all: () => ReadonlyArray<Rule>;
};
