import * as React from "react";

/**
 * False during the first view's render, true a task later: after the view is up (and marked
 * interactive). Secondary content (the preview's table browser, which fetches the dataset and
 * builds the engine) waits for it, so its chunks do not compete with the first view.
 *
 * @returns whether the first view has been shown
 * @example
 * const later = useAfterFirstView(); return later ? <TableBrowser … /> : null;
 */
export function useAfterFirstView(): boolean {
  const [after, setAfter] = React.useState(false);
  React.useEffect(() => {
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return after;
}
