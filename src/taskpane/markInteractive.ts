/** The performance mark (and `data-interactive` attribute on <html>) set when the first view is ready. */
export const INTERACTIVE_MARK = "taskpane-interactive";

/**
 * Records that the first view can be used: a performance mark the benchmark reads, and an
 * attribute the end-to-end tests wait for. Safe where `performance` or `document` are absent.
 *
 * @example
 * markInteractive(); performance.getEntriesByName("taskpane-interactive").length //=> 1
 */
export function markInteractive(): void {
  const perf = typeof performance === "undefined" ? undefined : performance;
  // jsdom's performance has no User Timing API; the mark is for real browsers only.
  if (typeof perf?.mark === "function" && perf.getEntriesByName(INTERACTIVE_MARK).length === 0) {
    perf.mark(INTERACTIVE_MARK);
  }
  if (typeof document !== "undefined") {
    document.documentElement.setAttribute("data-interactive", "true");
  }
}
