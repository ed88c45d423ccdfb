import type * as React from "react";

/** Props of WriteButton: a button for an action that writes to the workbook. */
export type WriteButtonProps = {
  readonly children: React.ReactNode;
  readonly onClick: () => void;
  /** @default "secondary" */
  readonly appearance?: "primary" | "secondary";
  /** @default "medium" */
  readonly size?: "small" | "medium";
  /** The accessible name when the visible text is not enough. @default undefined */
  readonly "aria-label"?: string;
  /** Why the action is unavailable (preview, nothing chosen), or null when it is available. */
  readonly unavailableReason: string | null;
  /** The id of a hint elsewhere that gives the reason (a list of buttons shares one); the
   * button then shows no hint of its own. @default undefined */
  readonly reasonId?: string;
  /** While the action runs. @default false */
  readonly busy?: boolean;
};
