import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { createFunctionsCore, MEMO_LIMIT } from "../../src/functions/pure/functionsCore";

const ONE_TIMES = 100_000;
const TEN_TIMES = 1_000_000;
/** Targets of issue 9: the heap after a million calls within 10% of before; 10× calls ≤ 12× time. */
const HEAP_GROWTH_LIMIT = 0.1;
const TIME_RATIO_LIMIT = 12;

type Call = readonly [kind: "value" | "ebitda", a: unknown, b: unknown, c: unknown, d: unknown];

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error("run with node --expose-gc (npm run bench does)");
  }
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The calls: every item name the dataset knows (ids, labels, aliases) with every period and
 * several units and editions, plus names, periods and units the release has never heard of, so
 * answers and errors alike pass through the bounded memo and it fills and starts afresh many times.
 */
function callPool(): ReadonlyArray<Call> {
  const index = buildIndex(dataset);
  const names = [...index.names.keys()];
  const periods = ["4Q02", "3Q02", "4Q01", "FY2002", "FY2001", "Q4 FY2002", "2003-03-31", "FY02"];
  const unseenPeriods = ["Q5", "FY1999", "5Q02", "2004-03-31", "昨年度"];
  const units = [undefined, undefined, "K", "M", "JPY", "USD", "USD thousands", "furlongs"];
  const editions = [undefined, undefined, "en", "ja", "ja", "fr"];
  const calls: Call[] = [];
  names.forEach((name, i) => {
    for (const period of [...periods, ...unseenPeriods]) {
      calls.push(["value", name, period, units[i % units.length], editions[i % editions.length]]);
    }
  });
  for (let i = 0; i < 5_000; i++) {
    calls.push(["value", `unseen item ${i}`, periods[i % periods.length], undefined, undefined]);
  }
  for (const period of [...periods, ...unseenPeriods]) {
    for (const unit of units) {
      calls.push(["ebitda", period, unit, undefined, undefined]);
    }
  }
  for (let i = 0; i < 500; i++) {
    calls.push(["ebitda", `${i % 9}Q${i % 100}`, undefined, undefined, undefined]);
  }
  // A fixed shuffle, so neighbouring calls differ as they do in a real sheet.
  let seed = 42;
  for (let i = calls.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [calls[i], calls[j]] = [calls[j], calls[i]];
  }
  return calls;
}

/**
 * A million IIJ.VALUE and IIJ.EBITDA calls over ten thousand distinct arguments, and one call in
 * eight with arguments never seen before (the memo holds MEMO_LIMIT results per function): the heap after the run,
 * collected, against the heap before it; and the time of ten times the calls against one time.
 * Run with `npm run build:node && node --expose-gc lib/test/bench/run.js functionsScale`.
 *
 * @returns the heap figure and the time figure, each with whether it meets its target
 */
export function run(): Array<object> {
  const core = createFunctionsCore(buildIndex(dataset));
  const pool = callPool();
  let answered = 0;
  let refused = 0;
  let serial = 0;
  const calls = (n: number): number => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      serial += 1;
      const [kind, a, b, c, d] = pool[i % pool.length];
      // Every eighth call names something no call has named before: a memo that kept every
      // result would grow by one entry per such call, and the heap figure would show it.
      const result =
        serial % 8 === 0
          ? serial % 16 === 0
            ? core.VALUE(`never seen ${serial}`, b, c, d)
            : core.EBITDA(`FY${serial}`, undefined)
          : kind === "value"
            ? core.VALUE(a, b, c, d)
            : core.EBITDA(a, b);
      if (result.ok) {
        answered += 1;
      } else {
        refused += 1;
      }
    }
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  // Warm the JIT and the memo. "Before" is the heap of a runtime that has answered calls: the
  // highest of a few samples, since the memo (up to MEMO_LIMIT results per function) is full
  // or freshly emptied depending on when it is sampled.
  let before = 0;
  for (let sample = 0; sample < 8; sample++) {
    calls(pool.length);
    before = Math.max(before, heapUsed());
  }
  const oneTime = Math.min(calls(ONE_TIMES), calls(ONE_TIMES));
  const tenTimes = calls(TEN_TIMES);
  const after = heapUsed();
  const growth = (after - before) / before;
  const ratio = tenTimes / oneTime;
  return [
    {
      figure: "heap after 1,200,000 calls (collected) vs a warmed runtime",
      distinctCalls: pool.length,
      memoLimitPerFunction: MEMO_LIMIT,
      heapBeforeMB: Number((before / 2 ** 20).toFixed(2)),
      heapAfterMB: Number((after / 2 ** 20).toFixed(2)),
      growth: Number(growth.toFixed(4)),
      meetsTarget: growth <= HEAP_GROWTH_LIMIT,
    },
    {
      figure: "time of 1,000,000 calls vs 100,000 calls",
      oneTimeSeconds: Number(oneTime.toFixed(4)),
      tenTimesSeconds: Number(tenTimes.toFixed(4)),
      ratio: Number(ratio.toFixed(2)),
      callsPerSecond: Math.round(TEN_TIMES / tenTimes),
      answered,
      refused,
      meetsTarget: ratio <= TIME_RATIO_LIMIT,
    },
  ];
}
