import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { ErrorBarProps } from "./ErrorBar.types";

/**
 * An error in a MessageBar with a title, the message (which says what to do next) and a
 * dismiss button; announced to screen readers as an alert.
 *
 * @param props - the message and the dismiss handler
 * @returns the bar, or nothing when there is no message
 * @example
 * <ErrorBar message={error} onDismiss={() => setError(null)} />
 */
export function ErrorBar(props: ErrorBarProps): React.JSX.Element | null {
  const t = useStrings();
  if (props.message === null) {
    return null;
  }
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          {t.errors.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
