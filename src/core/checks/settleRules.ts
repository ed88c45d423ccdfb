import type { RoundingMode } from "../numbers/RoundingMode";
import { RECOMPUTE, type CompiledRules } from "./CompiledRules";
import { pointSettles } from "./pointSettles";
import { unitOf } from "./printedInterval";
import { CELL, type Readings } from "./Readings";
import { settleRange } from "./settleRange";

/**
 * Settles the rules from..to−1 that hold in one edition (all rules when `bit` is 0) with the
 * arithmetic `evaluateRule` uses, in local scalars and without an object per check: each rule
 * whose figure `evaluateRule` would find checked and consistent is counted in `checked` (by
 * kind); each other rule whose figure is in the edition is marked in `unsettled` with `bit`
 * (at least 1), for the full evaluation. Rules whose figure is absent, and edition rules,
 * are left alone.
 *
 * @param rules - the compiled rules
 * @param from - the first rule
 * @param to - one past the last rule
 * @param readings - the edition's figures, from `readFigures`
 * @param bit - the edition's EDITION_BIT, or 0 for every rule
 * @param mode - how amounts were rounded
 * @param checked - per RULE_KINDS index, incremented for each rule settled
 * @param unsettled - per rule, or'ed with `bit` (1 when 0) for each rule left to evaluate
 * @example
 * settleRules(compileRules(index), 0, 1, readFigures(compileRules(index), source), 1, "round", new Int32Array(7), new Uint8Array(1)) //=> undefined
 */
export function settleRules(
  rules: CompiledRules,
  from: number,
  to: number,
  readings: Readings,
  bit: number,
  mode: RoundingMode,
  checked: Int32Array,
  unsettled: Uint8Array
): void {
  const { kind, recompute, editions, target, start, operand, sign, scale, shape } = rules;
  const { offA, offB, whole, scaleA } = rules.shapes;
  const { state, value, decimals } = readings;
  settlePoints(
    kind,
    recompute,
    editions,
    target,
    start,
    operand,
    sign,
    scale,
    shape,
    offA,
    offB,
    whole,
    scaleA,
    state,
    value,
    decimals,
    from,
    to,
    bit,
    mode === "round",
    checked,
    unsettled
  );
}

/**
 * settleRules' first pass, over typed arrays and numbers only: a shaped share or change whose
 * two amounts are figures and whose point lies in its printed interval is settled on the
 * point alone, as `settleRange` would settle it (`pointSettles`: the same conditions, checked
 * here on the amounts' own intervals). Every other rule, in ranges between those, goes to
 * `settleRange`.
 */
function settlePoints(
  kind: Uint8Array,
  recompute: Uint8Array,
  editions: Uint8Array,
  target: Int32Array,
  start: Int32Array,
  operand: Int32Array,
  sign: Int8Array,
  scale: Float64Array,
  shape: Uint16Array,
  offA: Int32Array,
  offB: Int32Array,
  whole: Int32Array,
  scaleA: Float64Array,
  state: Uint8Array,
  value: Float64Array,
  decimals: Int32Array,
  from: number,
  to: number,
  bit: number,
  round: boolean,
  checked: Int32Array,
  unsettled: Uint8Array
): void {
  // The rules from `pending` on are not settled yet; `to` closes the last range.
  let pending = from;
  for (let i = from; i <= to; i++) {
    if (
      i < to &&
      !settlesOnPoint(
        i,
        recompute,
        editions,
        target,
        shape,
        offA,
        offB,
        whole,
        state,
        value,
        decimals,
        bit
      )
    ) {
      continue;
    }
    if (pending < i) {
      settleRange(
        kind,
        recompute,
        editions,
        target,
        start,
        operand,
        sign,
        scale,
        shape,
        offA,
        offB,
        whole,
        scaleA,
        state,
        value,
        decimals,
        pending,
        i,
        bit,
        round,
        checked,
        unsettled
      );
    }
    if (i < to) {
      checked[kind[i]] += 1;
    }
    pending = i + 1;
  }
}

/** Whether rule i is a shaped share or change that its point alone settles (`settlePoints`). */
function settlesOnPoint(
  i: number,
  recompute: Uint8Array,
  editions: Uint8Array,
  target: Int32Array,
  shape: Uint16Array,
  offA: Int32Array,
  offB: Int32Array,
  whole: Int32Array,
  state: Uint8Array,
  value: Float64Array,
  decimals: Int32Array,
  bit: number
): boolean {
  const sh = shape[i];
  const how = recompute[i];
  if (
    sh === 0 ||
    (how !== RECOMPUTE.share && how !== RECOMPUTE.change) ||
    (bit !== 0 && (editions[i] & bit) === 0)
  ) {
    return false;
  }
  const cell = target[i];
  const w = whole[sh];
  const ca = cell + offA[sh];
  const cb = w >= 0 ? w : cell + offB[sh];
  if (state[cell] !== CELL.figure || state[ca] !== CELL.figure || state[cb] !== CELL.figure) {
    return false;
  }
  const a = value[ca];
  const b = value[cb];
  // The denominator's interval clear of zero, every quotient of the bounds finite.
  if (!(
    Math.abs(b) - unitOf(decimals[cb]) > 1e-150 && Math.abs(a) + unitOf(decimals[ca]) < 1e150
  )) {
    return false;
  }
  const point = how === RECOMPUTE.share ? (100 * a) / b : 100 * (a / b - 1);
  return pointSettles(point, value[cell], decimals[cell]);
}
