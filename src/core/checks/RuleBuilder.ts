import type { Claim } from "../model/Claim";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Reconciliation } from "../model/Reconciliation";
import { ROW } from "../model/TableRows";
import { RULE_KINDS, type RuleKind } from "./RuleKind";

/** Each rule kind's number: its index in RULE_KINDS. */
export const KIND = Object.fromEntries(RULE_KINDS.map((k, i) => [k, i])) as Record<
  RuleKind,
  number
>;

/** Rules being compiled, in typed arrays as large as the dataset could need. */
export type RuleBuilder = {
  size: number;
  operands: number;
  readonly kind: Uint8Array;
  readonly recompute: Uint8Array;
  readonly editions: Uint8Array;
  readonly target: Int32Array;
  readonly start: Int32Array;
  /** Listed operands, grown as rules need them (`reserveOperands`). */
  operand: Int32Array;
  sign: Int8Array;
  scale: Float64Array;
  /** Per rule, its shape (0: operands listed). */
  readonly shape: Uint16Array;
  /** The shapes so far, from 1 (`RuleShapes`, as lists). */
  readonly shapes: {
    readonly count: number[];
    readonly offA: number[];
    readonly offB: number[];
    readonly whole: number[];
    readonly scaleA: number[];
  };
  /** Rule number → the reconciliation or claim it checks. */
  readonly origin: Map<number, Reconciliation | Claim>;
};

/**
 * A builder with room for every rule the dataset's description can imply, and no more, and for
 * the operands its footings, reconciliations and claims list; the few odd rows' operands grow
 * it (`reserveOperands`). A share's, change's or translation's operands take no room: they are
 * its column's shape.
 *
 * @param index - the dataset index
 * @returns the empty builder
 * @example
 * ruleBuilder(index).kind.length >= compileRules(index).size //=> true
 */
export function ruleBuilder(index: DatasetIndex): RuleBuilder {
  const { tables, reconciliations, claims } = index.dataset;
  let rules = reconciliations.length + claims.length;
  let operands = 2 * claims.length;
  for (const rec of reconciliations) {
    operands += rec.parts.length;
  }
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    const rows = table.rows;
    const { flags, childStart } = index.rows[t];
    let totals = 0;
    for (let r = 0; r < rows.length; r++) {
      totals += (flags[r] & ROW.children) === 0 ? 0 : 1;
    }
    const children = childStart[rows.length];
    const both = table.figures.en !== undefined && table.figures.ja !== undefined;
    for (const column of table.columns) {
      const ratio = column.kind === "share" || column.kind === "change";
      const summed = column.kind === "amount" || column.kind === "usd";
      rules += (ratio || column.kind === "usd" ? rows.length : 0) + (summed ? totals : 0);
      rules += both ? rows.length : 0;
      operands += summed ? children : 0;
    }
  }
  return {
    size: 0,
    operands: 0,
    kind: new Uint8Array(rules),
    recompute: new Uint8Array(rules),
    editions: new Uint8Array(rules),
    target: new Int32Array(rules),
    start: new Int32Array(rules + 1),
    operand: new Int32Array(operands),
    sign: new Int8Array(operands),
    scale: new Float64Array(operands),
    shape: new Uint16Array(rules),
    shapes: { count: [0], offA: [0], offB: [0], whole: [-1], scaleA: [1] },
    origin: new Map(),
  };
}

/**
 * Adds a shape (`RuleShapes`) that rules can take instead of listing their operands; when the
 * dataset has used every shape number, none (0): its rules list their operands.
 *
 * @param b - the builder
 * @param count - 1 or 2 operands
 * @param offA - the first operand's offset from the target
 * @param offB - the second's, where `whole` is −1
 * @param whole - the second operand's fixed cell, or −1
 * @param scaleA - the first operand's scale
 * @returns the shape's number, or 0
 * @example
 * addShape(ruleBuilder(index), 2, -1, 0, 42, 1) //=> 1
 */
export function addShape(
  b: RuleBuilder,
  count: number,
  offA: number,
  offB: number,
  whole: number,
  scaleA: number
): number {
  const { shapes } = b;
  if (shapes.count.length > 0xffff) {
    return 0;
  }
  shapes.count.push(count);
  shapes.offA.push(offA);
  shapes.offB.push(offB);
  shapes.whole.push(whole);
  shapes.scaleA.push(scaleA);
  return shapes.count.length - 1;
}

/**
 * Opens rule number `b.size`; its operands follow (`addOperand`).
 *
 * @param b - the builder
 * @param kind - the rule's kind, as its number (KIND)
 * @param recompute - how it recomputes its figure (RECOMPUTE)
 * @param editions - EDITION_BIT flags of the editions it holds in
 * @param target - its reported figure's cell
 * @example
 * openRule(ruleBuilder(index), KIND.share, 0, 1, 0) //=> undefined
 */
export function openRule(
  b: RuleBuilder,
  kind: number,
  recompute: number,
  editions: number,
  target: number
): void {
  const i = b.size;
  b.kind[i] = kind;
  b.recompute[i] = recompute;
  b.editions[i] = editions;
  b.target[i] = target;
  b.start[i] = b.operands;
  b.shape[i] = 0;
  b.size = i + 1;
  b.start[i + 1] = b.operands;
}

/**
 * Adds an operand to the rule opened last.
 *
 * @param b - the builder
 * @param cell - the operand's cell
 * @param sign - 1, or −1 for a part subtracted
 * @param scale - its unit's scale into the target's (a translation's factor)
 * @example
 * addOperand(ruleBuilder(index), 0, 1, 1) //=> undefined
 */
export function addOperand(b: RuleBuilder, cell: number, sign: number, scale: number): void {
  reserveOperands(b, 1);
  const k = b.operands;
  b.operand[k] = cell;
  b.sign[k] = sign;
  b.scale[k] = scale;
  b.operands = k + 1;
  b.start[b.size] = k + 1;
}

/**
 * Makes room for `count` more operands, doubling the operand arrays when they are full.
 *
 * @param b - the builder
 * @param count - how many operands are about to be added
 * @example
 * reserveOperands(ruleBuilder(index), 1000) //=> undefined
 */
export function reserveOperands(b: RuleBuilder, count: number): void {
  const needed = b.operands + count;
  if (needed <= b.operand.length) {
    return;
  }
  const size = Math.max(needed, 2 * b.operand.length, 64);
  const operand = new Int32Array(size);
  const sign = new Int8Array(size);
  const scale = new Float64Array(size);
  operand.set(b.operand.subarray(0, b.operands));
  sign.set(b.sign.subarray(0, b.operands));
  scale.set(b.scale.subarray(0, b.operands));
  b.operand = operand;
  b.sign = sign;
  b.scale = scale;
}
