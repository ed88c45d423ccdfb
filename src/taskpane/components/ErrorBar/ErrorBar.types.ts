/** Props of ErrorBar: a message that says what happened and what to do next. */
export type ErrorBarProps = {
  /** The message; nothing is shown when null. */
  readonly message: string | null;
  /** Called when the user dismisses the message. */
  readonly onDismiss: () => void;
};
