import { datasetSources } from "../../src/core/checks/datasetSources";
import type { CheckReport } from "../../src/core/checks/CheckReport";
import { compileRules } from "../../src/core/checks/compileRules";
import { runChecks } from "../../src/core/checks/runChecks";
import { buildIndex } from "../../src/core/model/buildIndex";
import type { DatasetIndex } from "../../src/core/model/DatasetIndex";
import { syntheticDataset } from "../support/syntheticDataset";
import { timeBest } from "./timeBest";

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

/** The statement's printed values, column by column, for the naive loop. */
function columnsOf(index: DatasetIndex): Float64Array[] {
  const table = index.dataset.tables[0];
  const figures = table.figures.en ?? {};
  return table.columns.map((_, c) =>
    Float64Array.from(table.rows, (row) => figures[row.id]?.[c]?.value ?? 0)
  );
}

/**
 * The naive check of the same figures: each share, change and footing as a point value against
 * a fixed tolerance, over arrays already read; returns how many checks it made and how many it
 * flagged (the bound on what any engine of these checks can cost).
 */
function naive(columns: ReadonlyArray<Float64Array>): { checked: number; flagged: number } {
  const [cur, shareCur, pri, sharePri, yoy] = columns;
  const n = cur.length;
  const tolerance = 0.1;
  let flagged = 0;
  for (let i = 0; i < n; i++) {
    flagged += Math.abs(shareCur[i] - (100 * cur[i]) / cur[n - 1]) > tolerance ? 1 : 0;
    flagged += Math.abs(sharePri[i] - (100 * pri[i]) / pri[n - 1]) > tolerance ? 1 : 0;
    flagged += Math.abs(yoy[i] - 100 * (cur[i] / pri[i] - 1)) > tolerance ? 1 : 0;
  }
  for (const amount of [cur, pri]) {
    let sum = 0;
    for (let i = 0; i < n - 1; i++) {
      sum += amount[i];
    }
    flagged += Math.abs(amount[n - 1] - sum) > 0.5 * n ? 1 : 0;
  }
  return { checked: 3 * n + 2, flagged };
}

/** How many times the engine is timed on a statement, each time on a fresh index. */
const ENGINE_RUNS = 5;

/** How long the collector's background threads get to finish sweeping before a timed run. */
const SWEEP_MS = 250;

/**
 * Collects the garbage and waits while the collector's background threads sweep it: on a
 * 2-core machine they would otherwise compete with the run timed next.
 */
async function settledHeap(): Promise<void> {
  heap();
  await new Promise((resolve) => setTimeout(resolve, SWEEP_MS));
}

/** One run of the whole engine on a fresh index of the statement: its time and report. */
async function engineRun(
  current: ReadonlyArray<number>,
  prior: ReadonlyArray<number>
): Promise<{ seconds: number; ruleSeconds: number; index: DatasetIndex; report: CheckReport }> {
  // A fresh dataset and index each run: nothing compiled or read by an earlier run is reused.
  const index = buildIndex(syntheticDataset(current, prior));
  // Building the statement leaves some 170 MB of garbage: collected and swept now, it is not
  // charged to the engine.
  await settledHeap();
  const start = process.hrtime.bigint();
  const rules = compileRules(index);
  const derived = process.hrtime.bigint();
  const report = runChecks(rules, datasetSources(index), "round");
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, ruleSeconds: Number(derived - start) / 1e9, index, report };
}

async function checkStatement(
  rows: number,
  runs: number
): Promise<{
  seconds: number;
  ruleSeconds: number;
  naiveSeconds: number;
  checked: number;
  naiveChecked: number;
  findings: number;
}> {
  const current = amounts(rows, 7);
  const prior = amounts(rows, 11);
  let best = await engineRun(current, prior);
  for (let r = 1; r < runs; r++) {
    const run = await engineRun(current, prior);
    best = run.seconds < best.seconds ? run : best;
  }
  const { report, index } = best;
  const checked = Object.values(report.counts).reduce((s, c) => s + c.checked, 0);
  const columns = columnsOf(index);
  const naiveChecked = naive(columns).checked;
  const naiveSeconds = timeBest(() => naive(columns), 5).seconds;
  return {
    seconds: best.seconds,
    ruleSeconds: best.ruleSeconds,
    naiveSeconds,
    checked,
    naiveChecked,
    findings: report.findings.length,
  };
}

/**
 * The whole engine on a synthetic statement of 10,000 and 100,000 rows. Timed: `compileRules`
 * (the rules derived from the statement's description, with the printed figures copied in from
 * the index), `datasetSources` and `runChecks` (the checks and any findings). Untimed, for the
 * engine and the naive loop alike: the index (`buildIndex`), which holds the dataset's printed
 * figures and rows' facts as typed arrays, as the product builds it once per dataset and then
 * checks many times (every load, re-check, card and function call). The engine's figure is the
 * best of ENGINE_RUNS runs on each statement, each run on a fresh dataset and index so that
 * nothing is reused, after the garbage of building them is collected and swept
 * (`settledHeap`); the naive loop's is the best of 5 over
 * columns of the same figures read beforehand. Time should grow linearly
 * (10× work ≤ 12× time), the heap after the runs should be back within 10% of before (nothing
 * retained), and the whole engine should take at most 40× the naive loop's time.
 */
export async function run(): Promise<ReadonlyArray<object>> {
  await checkStatement(1_000, 1);
  const before = heap();
  const small = await checkStatement(10_000, ENGINE_RUNS);
  const large = await checkStatement(100_000, ENGINE_RUNS);
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
      seconds_large_deriving_rules: Number(large.ruleSeconds.toFixed(3)),
      time_ratio_10x: Number((large.seconds / small.seconds).toFixed(2)),
      checks_per_second: Math.round(large.checked / large.seconds),
      naive_checks_large: large.naiveChecked,
      naive_checks_per_second: Math.round(large.naiveChecked / large.naiveSeconds),
      engineOverNaiveTime: Math.round(large.seconds / large.naiveSeconds),
      findings: small.findings + large.findings,
      heap_before_mb: Number((before / 2 ** 20).toFixed(1)),
      heap_after_mb: Number((after / 2 ** 20).toFixed(1)),
      heap_growth_pct: Number(((100 * (after - before)) / before).toFixed(1)),
      target: "time_ratio_10x <= 12, heap_growth_pct within 10, engineOverNaiveTime <= 40",
    },
  ];
}
