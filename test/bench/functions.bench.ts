import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { createFunctionsCore } from "../../src/functions/pure/functionsCore";

const CALLS = 2_000_000;
const ROUNDS = 5;

/** The best calls per second of `call` over a few rounds (the first rounds warm the JIT). */
function callsPerSecond(call: () => number): {
  readonly perSecond: number;
  readonly checksum: number;
} {
  let best = 0;
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) {
      checksum += call();
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, CALLS / seconds);
  }
  return { perSecond: best, checksum };
}

/**
 * Calls per second of IIJ.VALUE("Total revenues", "4Q02") and IIJ.EBITDA("FY2002") with string
 * arguments, against a bare Map.get on a prebuilt key measured in the same run. Targets: at least
 * 1,000,000 calls/s, and within 10× the bare lookup.
 *
 * @returns one figure per function and the baseline
 */
export function run(): Array<object> {
  const core = createFunctionsCore(buildIndex(dataset));
  const bare = new Map([["revenues.total|4Q02", 13_036_439]]);
  const key = "revenues.total|4Q02";
  const numberOf = (r: ReturnType<typeof core.VALUE>): number => (r.ok ? r.value : Number.NaN);
  const baseline = callsPerSecond(() => bare.get(key) ?? 0);
  const value = callsPerSecond(() => numberOf(core.VALUE("Total revenues", "4Q02")));
  const ebitda = callsPerSecond(() => numberOf(core.EBITDA("FY2002")));
  // A one-cell range is never memoized: this is the cost of parsing and looking up every time.
  const item = [["Total revenues"]];
  const uncached = callsPerSecond(() => numberOf(core.VALUE(item, "4Q02")));
  const figure = (name: string, m: { readonly perSecond: number; readonly checksum: number }) => ({
    figure: name,
    callsPerSecond: Math.round(m.perSecond),
    ratioToBareLookup: Number((baseline.perSecond / m.perSecond).toFixed(2)),
    meetsTarget: m.perSecond >= 1_000_000 && baseline.perSecond / m.perSecond <= 10,
    checksumFinite: Number.isFinite(m.checksum),
  });
  return [
    { figure: "Map.get (baseline)", callsPerSecond: Math.round(baseline.perSecond) },
    figure('IIJ.VALUE("Total revenues","4Q02")', value),
    figure('IIJ.EBITDA("FY2002")', ebitda),
    { ...figure('IIJ.VALUE({"Total revenues"},"4Q02") unmemoized', uncached), meetsTarget: null },
  ];
}
