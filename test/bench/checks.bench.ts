import {
  changeVerdict,
  footingVerdict,
  shareVerdict,
} from "../../src/core/checks/kernel/checkKernels";
import { timeBest } from "./timeBest";

/** A synthetic workload of share, change and footing checks in flat arrays (no allocation per check). */
type Workload = {
  readonly kinds: Uint8Array;
  readonly reported: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly parts: Float64Array;
  readonly signs: Int8Array;
};

const PARTS_PER_FOOTING = 4;

function workload(n: number, seed: number): Workload {
  let x = seed;
  const random = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kinds = new Uint8Array(n);
  const reported = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const parts = new Float64Array(n * PARTS_PER_FOOTING);
  const signs = new Int8Array(n * PARTS_PER_FOOTING).fill(1);
  for (let i = 0; i < n; i++) {
    kinds[i] = i % 3;
    a[i] = Math.round(random() * 5_000_000);
    b[i] = Math.round(1_000_000 + random() * 20_000_000);
    for (let k = 0; k < PARTS_PER_FOOTING; k++) {
      parts[i * PARTS_PER_FOOTING + k] = Math.round(random() * 1_000_000);
    }
    const exact =
      kinds[i] === 0
        ? (100 * a[i]) / b[i]
        : kinds[i] === 1
          ? 100 * (a[i] / b[i] - 1)
          : parts
              .subarray(i * PARTS_PER_FOOTING, (i + 1) * PARTS_PER_FOOTING)
              .reduce((s, v) => s + v, 0);
    // One figure in fifty is misprinted, as a real release's few are.
    const misprint = i % 50 === 0 ? 0.3 : 0;
    reported[i] =
      kinds[i] === 2 ? exact + (misprint > 0 ? 7 : 0) : Math.round(exact * 10) / 10 + misprint;
  }
  return { kinds, reported, a, b, parts, signs };
}

function engine(w: Workload): number {
  let flagged = 0;
  for (let i = 0; i < w.kinds.length; i++) {
    const kind = w.kinds[i];
    const verdict =
      kind === 0
        ? shareVerdict(w.reported[i], 1, w.a[i], w.b[i])
        : kind === 1
          ? changeVerdict(w.reported[i], 1, w.a[i], w.b[i])
          : footingVerdict(
              w.reported[i],
              w.parts,
              w.signs,
              i * PARTS_PER_FOOTING,
              PARTS_PER_FOOTING
            );
    flagged += verdict === 1 || verdict === 2 ? 1 : 0;
  }
  return flagged;
}

/** The naive check the issue compares with: a point value against a fixed tolerance. */
function naive(w: Workload): number {
  const tolerance = 0.1;
  let flagged = 0;
  for (let i = 0; i < w.kinds.length; i++) {
    const kind = w.kinds[i];
    let recomputed: number;
    if (kind === 0) {
      recomputed = (w.a[i] / w.b[i]) * 100;
    } else if (kind === 1) {
      recomputed = (w.a[i] / w.b[i] - 1) * 100;
    } else {
      recomputed = 0;
      for (let k = i * PARTS_PER_FOOTING; k < (i + 1) * PARTS_PER_FOOTING; k++) {
        recomputed += w.signs[k] * w.parts[k];
      }
    }
    flagged += Math.abs(w.reported[i] - recomputed) > tolerance ? 1 : 0;
  }
  return flagged;
}

/**
 * Checks per second of the allocation-free kernels (`core/checks/kernel/`, which `check any
 * table` runs; the statement engine's own figure is `engineScale`'s) on a mixed workload of 1,000,000 and 10,000,000
 * checks, against the naive tolerance loop on the same arrays in the same run, and the heap the
 * workload needs (linear in its size).
 */
export function run(): ReadonlyArray<object> {
  const figures: object[] = [];
  for (const n of [1_000_000, 10_000_000]) {
    const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const w = workload(n, 42);
    const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const e = timeBest(() => engine(w), 5);
    const b = timeBest(() => naive(w), 5);
    figures.push({
      figure: "checks_per_second",
      checks: n,
      engine: Math.round(n / e.seconds),
      naive: Math.round(n / b.seconds),
      engine_over_naive_time: Number((e.seconds / b.seconds).toFixed(2)),
      flagged_engine: e.result,
      flagged_naive: b.result,
      workload_bytes_per_check: Math.round((after - before) / n),
      target: ">= 1,000,000 checks/s and <= 3x the naive loop's time",
    });
  }
  return figures;
}
