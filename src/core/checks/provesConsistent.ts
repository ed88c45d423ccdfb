import type { RoundingMode } from "../numbers/RoundingMode";
import { RECOMPUTE, type CompiledRules } from "./CompiledRules";
import { GAP_EPSILON } from "./gapRule";
import { CELL, type Readings } from "./readFigures";
import { RULE_KINDS } from "./RuleKind";

const PERCENT = Uint8Array.from(RULE_KINDS, (k) =>
  k === "share" || k === "change" || k === "claim" ? 1 : 0
);

// The last amount read: its point value and the bounds of its interval. Module-level scalars, so
// that settling a check allocates nothing beyond what the figure source itself returns.
let point = 0;
let low = 0;
let high = 0;

/** Reads an amount as `readInput` and `amountBounds` do; false where `readInput` gives a reason. */
function readAmount(readings: Readings, cell: number, mode: RoundingMode): boolean {
  const state = readings.state[cell];
  if (state === CELL.nil) {
    point = 0;
    low = 0;
    high = 0;
    return true;
  }
  if (state !== CELL.figure) {
    return false;
  }
  point = readings.value[cell];
  boundsOf(point, readings.decimals[cell], mode);
  return true;
}

/** `reportedInterval` into `low` and `high`, with the same operations in the same order. */
function boundsOf(value: number, decimals: number, mode: RoundingMode): void {
  const unit = 10 ** -decimals;
  if (mode === "round") {
    low = value - unit / 2;
    high = value + unit / 2;
  } else if (value > 0) {
    low = value;
    high = value + unit;
  } else if (value < 0) {
    low = value - unit;
    high = value;
  } else {
    low = -unit;
    high = unit;
  }
}

/**
 * `divideIntervals(a, b)`, then `shiftInterval(·, shift)` and `scaleInterval(·, factor)`, into
 * `low` and `high`; false when b's interval contains zero.
 */
function ratio(
  aLow: number,
  aHigh: number,
  bLow: number,
  bHigh: number,
  shift: number,
  factor: number
): boolean {
  if (bLow <= 0 && bHigh >= 0) {
    return false;
  }
  const c1 = aLow / bLow;
  const c2 = aLow / bHigh;
  const c3 = aHigh / bLow;
  const c4 = aHigh / bHigh;
  // Without a shift the operations are those of shareOf, which does not add zero (−0 + 0 is 0).
  const lo = shift === 0 ? Math.min(c1, c2, c3, c4) : Math.min(c1, c2, c3, c4) + shift;
  const hi = shift === 0 ? Math.max(c1, c2, c3, c4) : Math.max(c1, c2, c3, c4) + shift;
  const x = lo * factor;
  const y = hi * factor;
  low = Math.min(x, y);
  high = Math.max(x, y);
  return true;
}

// The first amount of a pair, kept while the second is read into `point`, `low` and `high`.
let firstPoint = 0;
let firstLow = 0;
let firstHigh = 0;

/** Two amounts as a ratio rule reads them: the first into `first…`, the second into the registers. */
function readPair(
  rules: CompiledRules,
  i: number,
  readings: Readings,
  mode: RoundingMode
): boolean {
  const from = rules.start[i];
  if (!readAmount(readings, rules.operand[from], mode)) {
    return false;
  }
  firstPoint = point;
  firstLow = low;
  firstHigh = high;
  return readAmount(readings, rules.operand[from + 1], mode);
}

function linear(rules: CompiledRules, i: number, readings: Readings, mode: RoundingMode): boolean {
  let sumPoint = 0;
  let sumLow = 0;
  let sumHigh = 0;
  for (let k = rules.start[i]; k < rules.start[i + 1]; k++) {
    if (!readAmount(readings, rules.operand[k], mode)) {
      return false;
    }
    const sign = rules.sign[k];
    const scale = rules.scale[k];
    sumPoint += sign * scale * point;
    const x = low * scale;
    const y = high * scale;
    const lo = Math.min(x, y);
    const hi = Math.max(x, y);
    if (sign === 1) {
      sumLow += lo;
      sumHigh += hi;
    } else {
      sumLow -= hi;
      sumHigh -= lo;
    }
  }
  point = sumPoint;
  low = sumLow;
  high = sumHigh;
  return true;
}

/** Recomputes rule i's figure into `point`, `low` and `high`; false when `evaluateRule` would not. */
function recompute(
  rules: CompiledRules,
  i: number,
  readings: Readings,
  mode: RoundingMode
): boolean {
  switch (rules.recompute[i]) {
    case RECOMPUTE.share:
      return quotient(readPair(rules, i, readings, mode), "share");
    case RECOMPUTE.change:
      return quotient(readPair(rules, i, readings, mode), "change");
    case RECOMPUTE.margin:
      return quotient(readPair(rules, i, readings, mode), "margin");
    case RECOMPUTE.linear:
      return linear(rules, i, readings, mode);
    case RECOMPUTE.translation: {
      const k = rules.start[i];
      if (!readAmount(readings, rules.operand[k], mode)) {
        return false;
      }
      const factor = rules.scale[k];
      point = point * factor;
      const x = low * factor;
      const y = high * factor;
      low = Math.min(x, y);
      high = Math.max(x, y);
      return true;
    }
    default:
      return false;
  }
}

/** `shareOf`, `changeOf` or `marginOf` on the pair read, into `point`, `low` and `high`. */
function quotient(read: boolean, kind: "share" | "change" | "margin"): boolean {
  if (!read) {
    return false;
  }
  const aPoint = firstPoint;
  const bPoint = point;
  switch (kind) {
    case "share":
      if (!ratio(firstLow, firstHigh, low, high, 0, 100)) {
        return false;
      }
      point = (100 * aPoint) / bPoint;
      return true;
    case "change":
      if (!ratio(firstLow, firstHigh, low, high, -1, 100)) {
        return false;
      }
      point = 100 * (aPoint / bPoint - 1);
      return true;
    case "margin":
      // marginOf(revenue = first, cost = second) divides the cost by the revenue.
      if (!ratio(low, high, firstLow, firstHigh, -1, -100)) {
        return false;
      }
      point = 100 * (1 - bPoint / aPoint);
      return true;
  }
}

/**
 * Whether `evaluateRule` would find compiled rule `i` checked and consistent on one edition's
 * readings, settled with the same arithmetic in scalars and without building the evaluation:
 * the engine's path for the bulk of the figures, which agree. Anything else (a finding, a cell
 * not checkable, a figure absent, an edition rule) answers false, and the engine then builds
 * the full evaluation with `evaluateRule`.
 *
 * @param rules - the compiled rules
 * @param i - the rule's number
 * @param readings - the edition's figures, from `readFigures`
 * @param mode - how amounts were rounded
 * @returns true exactly when `evaluateRule` gives status "checked" with severity null (false for
 *   value-added services' 7.2% of 4Q02 revenues, a finding: the amounts give 7.145%)
 * @example
 * provesConsistent(compileRuleList(index, [shareRule]), 0, readFigures(compileRuleList(index, [shareRule]), source), "round") //=> false
 */
export function provesConsistent(
  rules: CompiledRules,
  i: number,
  readings: Readings,
  mode: RoundingMode
): boolean {
  const cell = rules.target[i];
  const state = readings.state[cell];
  const percent = PERCENT[rules.kind[i]] === 1;
  if (state === CELL.nil ? percent : state !== CELL.figure) {
    return false;
  }
  if (!recompute(rules, i, readings, mode)) {
    return false;
  }
  if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(point)) {
    return false;
  }
  const recomputedLow = low;
  const recomputedHigh = high;
  const decimals = readings.decimals[cell];
  if (state === CELL.nil) {
    low = 0;
    high = 0;
  } else {
    boundsOf(readings.value[cell], decimals, percent ? "round" : mode);
  }
  const gap = Math.max(0, low - recomputedHigh, recomputedLow - high);
  return gap * 10 ** decimals <= GAP_EPSILON;
}
