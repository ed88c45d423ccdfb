/**
 * Runs a task when the page is idle (requestIdleCallback). Where the browser cannot say so
 * (Safari, jsdom), the task never runs: it must be work worth doing only ahead of need.
 *
 * @param task - what to run
 * @returns cancels the task if it has not run
 * @example
 * React.useEffect(() => whenIdle(() => warmUp()), []);
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== "function") {
    return () => undefined;
  }
  const handle = requestIdleCallback(task);
  return () => cancelIdleCallback(handle);
}
