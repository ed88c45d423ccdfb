import * as React from "react";
import { whenIdle } from "./whenIdle";

/**
 * The views to render: each view once it has been shown, and, once `ahead` turns true (the first
 * view is up), the others too, one per idle moment (where the browser can tell, see whenIdle) and
 * as a transition (a click interrupts it), so that their first render, chunk and CSS are paid
 * before the user opens them. A view rendered stays rendered while the pane is open: it keeps its
 * state.
 *
 * @param views - every view, in the order to render them ahead
 * @param shown - the view shown
 * @param ahead - whether to render the others ahead of their first open
 * @returns the views to render
 * @example
 * const rendered = useRenderedViews(["load", "check"], view, afterFirstView);
 * rendered.has("check") // true once idle after the first view
 */
export function useRenderedViews<View extends string>(
  views: ReadonlyArray<View>,
  shown: View,
  ahead: boolean
): ReadonlySet<View> {
  const [rendered, setRendered] = React.useState<ReadonlySet<View>>(() => new Set([shown]));
  // A view shown is rendered from then on (state adjusted while rendering, as React advises).
  if (!rendered.has(shown)) {
    setRendered(new Set([...rendered, shown]));
  }
  const next = ahead ? views.find((view) => !rendered.has(view)) : undefined;
  React.useEffect(() => {
    if (next === undefined) {
      return undefined;
    }
    return whenIdle(() =>
      React.startTransition(() => setRendered((before) => new Set([...before, next])))
    );
  }, [next]);
  return rendered;
}
