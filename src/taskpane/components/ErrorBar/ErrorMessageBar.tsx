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
 * The error as a Fluent MessageBar: title, message, dismiss. Its own chunk: the first view never
 * waits for it, and ErrorBar shows the plain message until it arrives.
 *
 * @param props - the message (not null here) and the dismiss handler
 * @returns the bar
 * @example
 * <ErrorMessageBar message="Loading failed: …" onDismiss={close} />
 */
export function ErrorMessageBar(props: ErrorBarProps): React.JSX.Element {
  const t = useStrings();
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
