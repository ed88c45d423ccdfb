import * as React from "react";
import type { ErrorBarProps } from "./ErrorBar.types";

const ErrorMessageBar = React.lazy(() =>
  import("./ErrorMessageBar").then((m) => ({ default: m.ErrorMessageBar }))
);

/**
 * An error in a MessageBar with a title, the message (which says what to do next) and a
 * dismiss button; announced as an alert. The bar is fetched on first use; until then the message
 * shows as plain text, so no error waits for a chunk to be seen.
 *
 * @param props - the message and the dismiss handler
 * @returns the bar, or nothing when there is no message
 * @example
 * <ErrorBar message={error} onDismiss={() => setError(null)} />
 */
export function ErrorBar(props: ErrorBarProps): React.JSX.Element | null {
  if (props.message === null) {
    return null;
  }
  return (
    <React.Suspense fallback={<div role="alert">{props.message}</div>}>
      <ErrorMessageBar {...props} />
    </React.Suspense>
  );
}
