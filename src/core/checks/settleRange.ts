import { RECOMPUTE } from "./CompiledRules";
import { GAP_EPSILON } from "./gapRule";
import { highOf, lowOf, perUnitOf, unitOf } from "./printedInterval";
import { pointSettles } from "./pointSettles";
import { CELL } from "./Readings";
import { RULE_KINDS } from "./RuleKind";

const PERCENT = Uint8Array.from(RULE_KINDS, (k) =>
  k === "share" || k === "change" || k === "claim" ? 1 : 0
);

/**
 * settleRules' loop, over typed arrays and numbers only: no object of one compilation reaches
 * it, so its optimised code holds from one compilation (and dataset) to the next.
 */
export function settleRange(
  kind: Uint8Array,
  recompute: Uint8Array,
  editions: Uint8Array,
  target: Int32Array,
  start: Int32Array,
  operand: Int32Array,
  sign: Int8Array,
  scale: Float64Array,
  shape: Uint16Array,
  shapeOffA: Int32Array,
  shapeOffB: Int32Array,
  shapeWhole: Int32Array,
  shapeScaleA: Float64Array,
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
  const mark = bit === 0 ? 1 : bit;
  for (let i = from; i < to; i++) {
    const how = recompute[i];
    if (how === RECOMPUTE.edition || (bit !== 0 && (editions[i] & bit) === 0)) {
      continue;
    }
    const cell = target[i];
    const targetState = state[cell];
    if (targetState === CELL.absent) {
      continue;
    }
    const percent = PERCENT[kind[i]] === 1;
    let consistent = false;
    if (targetState === CELL.nil ? !percent : targetState === CELL.figure) {
      // The recomputed point and interval.
      let point = NaN;
      let low = NaN;
      let high = NaN;
      let readable = true;
      const first = start[i];
      // A shaped rule's operands: at offsets from its target, or its column's whole.
      const sh = shape[i];
      const cellA = sh === 0 ? operand[first] : cell + shapeOffA[sh];
      if (how === RECOMPUTE.linear) {
        let sumPoint = 0;
        let sumLow = 0;
        let sumHigh = 0;
        for (let k = first; k < start[i + 1]; k++) {
          const c = operand[k];
          const s = state[c];
          let p = 0;
          let lo = 0;
          let hi = 0;
          if (s === CELL.figure) {
            p = value[c];
            const unit = unitOf(decimals[c]);
            lo = lowOf(p, unit, round);
            hi = highOf(p, unit, round);
          } else if (s !== CELL.nil) {
            readable = false;
            break;
          }
          const g = sign[k];
          const f = scale[k];
          sumPoint += g * f * p;
          const x = lo * f;
          const y = hi * f;
          if (g === 1) {
            sumLow += Math.min(x, y);
            sumHigh += Math.max(x, y);
          } else {
            sumLow -= Math.max(x, y);
            sumHigh -= Math.min(x, y);
          }
        }
        point = sumPoint;
        low = sumLow;
        high = sumHigh;
      } else if (how === RECOMPUTE.translation) {
        const c = cellA;
        const cs = state[c];
        const f = sh === 0 ? scale[first] : shapeScaleA[sh];
        if (cs === CELL.figure) {
          const p = value[c];
          const unit = unitOf(decimals[c]);
          const x = lowOf(p, unit, round) * f;
          const y = highOf(p, unit, round) * f;
          point = p * f;
          low = Math.min(x, y);
          high = Math.max(x, y);
        } else if (cs === CELL.nil) {
          point = 0 * f;
          low = Math.min(0 * f, 0 * f);
          high = Math.max(0 * f, 0 * f);
        } else {
          readable = false;
        }
      } else {
        // share, change, margin: a quotient of two amounts a and b.
        const ca = cellA;
        const cb =
          sh === 0
            ? operand[first + 1]
            : shapeWhole[sh] >= 0
              ? shapeWhole[sh]
              : cell + shapeOffB[sh];
        const sa = state[ca];
        const sb = state[cb];
        if ((sa !== CELL.figure && sa !== CELL.nil) || (sb !== CELL.figure && sb !== CELL.nil)) {
          readable = false;
        } else {
          const aPoint = sa === CELL.nil ? 0 : value[ca];
          const bPoint = sb === CELL.nil ? 0 : value[cb];
          const aUnit = unitOf(decimals[ca]);
          const bUnit = unitOf(decimals[cb]);
          const aLow = sa === CELL.nil ? 0 : lowOf(aPoint, aUnit, round);
          const aHigh = sa === CELL.nil ? 0 : highOf(aPoint, aUnit, round);
          const bLow = sb === CELL.nil ? 0 : lowOf(bPoint, bUnit, round);
          const bHigh = sb === CELL.nil ? 0 : highOf(bPoint, bUnit, round);
          // divideIntervals(n, d), shifted by −1 but for a share, scaled by ±100.
          const margin = how === RECOMPUTE.margin;
          const nLow = margin ? bLow : aLow;
          const nHigh = margin ? bHigh : aHigh;
          const dLow = margin ? aLow : bLow;
          const dHigh = margin ? aHigh : bHigh;
          if (dLow <= 0 && dHigh >= 0) {
            readable = false;
          } else {
            const share = how === RECOMPUTE.share;
            point = share
              ? (100 * aPoint) / bPoint
              : margin
                ? 100 * (1 - bPoint / aPoint)
                : 100 * (aPoint / bPoint - 1);
            if (
              // A quotient is a percentage: its printed interval is a rounding's.
              pointSettles(point, value[cell], decimals[cell]) &&
              Math.max(Math.abs(nLow), Math.abs(nHigh)) < 1e150 &&
              Math.min(Math.abs(dLow), Math.abs(dHigh)) > 1e-150
            ) {
              // The interval around the point overlaps the reported one: no gap, as the
              // interval itself would give.
              low = point;
              high = point;
            } else {
              const c1 = nLow / dLow;
              const c2 = nLow / dHigh;
              const c3 = nHigh / dLow;
              const c4 = nHigh / dHigh;
              // A share adds no shift (−0 + 0 would be 0, not −0).
              const lo = share ? Math.min(c1, c2, c3, c4) : Math.min(c1, c2, c3, c4) + -1;
              const hi = share ? Math.max(c1, c2, c3, c4) : Math.max(c1, c2, c3, c4) + -1;
              const factor = margin ? -100 : 100;
              const x = lo * factor;
              const y = hi * factor;
              low = Math.min(x, y);
              high = Math.max(x, y);
            }
          }
        }
      }
      if (readable && Number.isFinite(low) && Number.isFinite(high) && Number.isFinite(point)) {
        const d = decimals[cell];
        let reportedLow = 0;
        let reportedHigh = 0;
        if (targetState !== CELL.nil) {
          const v = value[cell];
          const unit = unitOf(d);
          const r = percent || round;
          reportedLow = lowOf(v, unit, r);
          reportedHigh = highOf(v, unit, r);
        }
        const gap = Math.max(0, reportedLow - high, low - reportedHigh);
        consistent = gap * perUnitOf(d) <= GAP_EPSILON;
      }
    }
    if (consistent) {
      checked[kind[i]] += 1;
    } else {
      unsettled[i] |= mark;
    }
  }
}
