import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import type { ViewBoundaryProps } from "./ViewBoundary.types";

type State = { readonly message: string | null };

/**
 * Catches a view that fails to load or render (a chunk that did not arrive) and says so in a
 * MessageBar instead of leaving the pane blank.
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
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{this.props.describe(this.state.message)}</MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
