/**
 * Runs `f` `repeats` times and keeps the fastest run, the figure least disturbed by other work on
 * the machine, with the last run's result.
 *
 * @param f - the work to time
 * @param repeats - how many timed runs (at least one)
 * @returns the best time in seconds and the result
 */
export function timeBest<T>(f: () => T, repeats: number): { seconds: number; result: T } {
  let best = Infinity;
  let result = f();
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    result = f();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds: best, result };
}
