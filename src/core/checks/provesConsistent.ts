import type { CellRef } from "../model/CellRef";
import type { RoundingMode } from "../numbers/RoundingMode";
import type { FigureSource } from "./FigureReading";
import { GAP_EPSILON } from "./gapRule";
import type { Rule, ScaledTerm } from "./Rule";

// The last amount read: its point value and the bounds of its interval. Module-level scalars, so
// that settling a check allocates nothing beyond what the figure source itself returns.
let point = 0;
let low = 0;
let high = 0;

/** Reads an amount as `readInput` and `amountBounds` do; false where `readInput` gives a reason. */
function readAmount(source: FigureSource, ref: CellRef, mode: RoundingMode): boolean {
  const reading = source(ref);
  if (reading.kind !== "figure") {
    return false;
  }
  const value = reading.value;
  if (value === null) {
    point = 0;
    low = 0;
    high = 0;
    return true;
  }
  if (!Number.isFinite(value)) {
    return false;
  }
  point = value;
  boundsOf(value, reading.decimals, mode);
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
function readPair(source: FigureSource, a: CellRef, b: CellRef, mode: RoundingMode): boolean {
  if (!readAmount(source, a, mode)) {
    return false;
  }
  firstPoint = point;
  firstLow = low;
  firstHigh = high;
  return readAmount(source, b, mode);
}

function linear(
  source: FigureSource,
  terms: ReadonlyArray<ScaledTerm>,
  mode: RoundingMode
): boolean {
  let sumPoint = 0;
  let sumLow = 0;
  let sumHigh = 0;
  for (const term of terms) {
    if (!readAmount(source, term.ref, mode)) {
      return false;
    }
    sumPoint += term.sign * term.scale * point;
    const x = low * term.scale;
    const y = high * term.scale;
    const lo = Math.min(x, y);
    const hi = Math.max(x, y);
    if (term.sign === 1) {
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

/** Recomputes the rule's figure into `point`, `low` and `high`; false when `evaluateRule` would not. */
function recompute(
  rule: Exclude<Rule, { kind: "edition" }>,
  source: FigureSource,
  mode: RoundingMode
): boolean {
  switch (rule.kind) {
    case "share":
      return quotient(readPair(source, rule.numerator, rule.denominator, mode), "share");
    case "change":
      return quotient(readPair(source, rule.current, rule.prior, mode), "change");
    case "footing":
    case "reconciliation":
      return linear(source, rule.terms, mode);
    case "translation": {
      if (!readAmount(source, rule.jpy, mode)) {
        return false;
      }
      point = point * rule.factor;
      const x = low * rule.factor;
      const y = high * rule.factor;
      low = Math.min(x, y);
      high = Math.max(x, y);
      return true;
    }
    case "claim": {
      const f = rule.claim.formula;
      switch (f.kind) {
        case "change":
          return quotient(readPair(source, f.current, f.base, mode), "change");
        case "share":
          return quotient(readPair(source, f.numerator, f.denominator, mode), "share");
        case "margin":
          return quotient(readPair(source, f.revenue, f.cost, mode), "margin");
      }
    }
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
 * Whether `evaluateRule` would find the rule's figure checked and consistent, settled with the
 * same arithmetic in scalars and without building the evaluation: the engine's path for the
 * bulk of the figures, which agree. Anything else (a finding, a cell not checkable, a figure
 * absent) answers false, and the engine then builds the full evaluation with `evaluateRule`.
 *
 * @param rule - any rule but `edition`
 * @param source - the edition's figures
 * @param mode - how amounts were rounded
 * @returns true exactly when `evaluateRule` gives status "checked" with severity null (false for
 *   value-added services' 7.2% of 4Q02 revenues, a finding: the amounts give 7.145%)
 * @example
 * provesConsistent(shareRule, source, "round") //=> false
 */
export function provesConsistent(
  rule: Exclude<Rule, { kind: "edition" }>,
  source: FigureSource,
  mode: RoundingMode
): boolean {
  const target = source(rule.target);
  if (target.kind !== "figure") {
    return false;
  }
  const percent = rule.kind === "share" || rule.kind === "change" || rule.kind === "claim";
  if (target.value === null ? percent : !Number.isFinite(target.value)) {
    return false;
  }
  if (!recompute(rule, source, mode)) {
    return false;
  }
  if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(point)) {
    return false;
  }
  const recomputedLow = low;
  const recomputedHigh = high;
  const value = target.value ?? 0;
  if (percent) {
    boundsOf(value, target.decimals, "round");
  } else if (target.value === null) {
    low = 0;
    high = 0;
  } else {
    boundsOf(value, target.decimals, mode);
  }
  const gap = Math.max(0, low - recomputedHigh, recomputedLow - high);
  return gap * 10 ** target.decimals <= GAP_EPSILON;
}
