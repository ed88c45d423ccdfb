import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { WriteButtonProps } from "./WriteButton.types";
import { useWriteButtonStyles } from "./useWriteButtonStyles.styles";

/**
 * A button that is disabled, but still focusable and described by its reason (hint text read
 * by screen readers), when its action is unavailable: so every user learns why.
 *
 * @param props - the button's props and the reason it is unavailable
 * @returns the button with its reason
 * @example
 * <WriteButton unavailableReason={preview ? t.previewWriteReason : null}>Load</WriteButton>
 */
export function WriteButton(props: WriteButtonProps): React.JSX.Element {
  const { unavailableReason, busy = false, reasonId: sharedReasonId, ...buttonProps } = props;
  const styles = useWriteButtonStyles();
  const ownReasonId = React.useId();
  if (unavailableReason === null) {
    return <Button {...buttonProps} disabled={busy} />;
  }
  if (sharedReasonId !== undefined) {
    return (
      <Button
        {...buttonProps}
        disabledFocusable
        aria-describedby={sharedReasonId}
        title={unavailableReason}
      />
    );
  }
  return (
    <div className={styles.root}>
      <Button
        {...buttonProps}
        disabledFocusable
        aria-describedby={ownReasonId}
        title={unavailableReason}
      />
      <span id={ownReasonId} className={styles.reason}>
        {unavailableReason}
      </span>
    </div>
  );
}
