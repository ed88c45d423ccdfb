import { Button, Tooltip } from "@fluentui/react-components";
import * as React from "react";
import type { WriteButtonProps } from "./WriteButton.types";
import { useWriteButtonStyles } from "./useWriteButtonStyles.styles";

/**
 * A button that is disabled, but still focusable and explained (tooltip and hint text), when its
 * action is unavailable: so a keyboard or screen-reader user learns why.
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
      <Tooltip content={unavailableReason} relationship="inaccessible">
        <Button {...buttonProps} disabledFocusable aria-describedby={sharedReasonId} />
      </Tooltip>
    );
  }
  const reasonId = ownReasonId;
  return (
    <div className={styles.root}>
      <Tooltip content={unavailableReason} relationship="inaccessible">
        <Button {...buttonProps} disabledFocusable aria-describedby={reasonId} />
      </Tooltip>
      <span id={reasonId} className={styles.reason}>
        {unavailableReason}
      </span>
    </div>
  );
}
