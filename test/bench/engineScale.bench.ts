import { datasetSources } from "../../src/core/checks/datasetSources";
import { deriveRules } from "../../src/core/checks/deriveRules";
import { runChecks } from "../../src/core/checks/runChecks";
import { buildIndex } from "../../src/core/model/buildIndex";
import { syntheticDataset } from "../support/syntheticDataset";

function amounts(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1_000_000_000 + (x % 9_000_000_000);
  });
}

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function checkStatement(rows: number): { seconds: number; checked: number; findings: number } {
  const index = buildIndex(syntheticDataset(amounts(rows, 7), amounts(rows, 11)));
  const start = process.hrtime.bigint();
  const report = runChecks(index, deriveRules(index), datasetSources(index), "round");
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const checked = Object.values(report.counts).reduce((s, c) => s + c.checked, 0);
  return { seconds, checked, findings: report.findings.length };
}

/**
 * The whole engine (rules derived from the description, figure sources, findings) on a synthetic
 * statement of 10,000 and 100,000 rows: time should grow linearly (10× work ≤ 12× time) and the
 * heap after the runs should be back within 10% of before (nothing retained).
 */
export function run(): ReadonlyArray<object> {
  checkStatement(1_000);
  const before = heap();
  const small = checkStatement(10_000);
  const large = checkStatement(100_000);
  const after = heap();
  return [
    {
      figure: "engine_scale",
      rows_small: 10_000,
      rows_large: 100_000,
      checks_small: small.checked,
      checks_large: large.checked,
      seconds_small: Number(small.seconds.toFixed(3)),
      seconds_large: Number(large.seconds.toFixed(3)),
      time_ratio_10x: Number((large.seconds / small.seconds).toFixed(2)),
      checks_per_second: Math.round(large.checked / large.seconds),
      findings: small.findings + large.findings,
      heap_before_mb: Number((before / 2 ** 20).toFixed(1)),
      heap_after_mb: Number((after / 2 ** 20).toFixed(1)),
      heap_growth_pct: Number(((100 * (after - before)) / before).toFixed(1)),
      target: "time_ratio_10x <= 12, heap_growth_pct within 10",
    },
  ];
}
