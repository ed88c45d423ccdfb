import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { FeatureNoticeProps } from "./FeatureNotice.types";
import { useFeatureNotice } from "./useFeatureNotice";

/**
 * Inside Excel: a warning MessageBar listing the features this Excel switches off (its
 * requirement sets are too old), each with what to do. Nothing when everything is supported.
 * Its own chunk, fetched only inside Excel.
 *
 * @param props - the host
 * @returns the bar, or nothing
 * @example
 * <FeatureNotice host={host} />
 */
export function FeatureNotice(props: FeatureNoticeProps): React.JSX.Element | null {
  const t = useStrings();
  const { messages, dismiss } = useFeatureNotice(props);
  if (messages.length === 0) {
    return null;
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.features.title}</MessageBarTitle>
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={dismiss}>
          {t.errors.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
