import * as React from "react";
import type { ViewBoundaryProps } from "./ViewBoundary.types";
import { useViewBoundaryStyles } from "./useViewBoundaryStyles.styles";

/** The failure as an alert; plain markup, since the chunk that failed may be the one with MessageBar. */
function BoundaryMessage(props: { readonly message: string }): React.JSX.Element {
  const styles = useViewBoundaryStyles();
  return (
    <div role="alert" className={styles.alert}>
      {props.message}
    </div>
  );
}

type State = { readonly message: string | null };

/**
 * Catches a view that fails to load or render (a chunk that did not arrive) and says so in a
 * an alert instead of leaving the pane blank.
 *
 * @example
 * <ViewBoundary describe={t.errors.module}><CheckView … /></ViewBoundary>
 */
export class ViewBoundary extends React.Component<ViewBoundaryProps, State> {
  /** @param props - the describer and the view */
  constructor(props: ViewBoundaryProps) {
    super(props);
    this.state = { message: null };
  }

  /**
   * @param error - what the view threw
   * @returns the state that shows it
   */
  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  /** @returns the view, or the message */
  render(): React.ReactNode {
    if (this.state.message !== null) {
      return <BoundaryMessage message={this.props.describe(this.state.message)} />;
    }
    return this.props.children;
  }
}
