import type * as React from "react";

/** Props of ViewBoundary. */
export type ViewBoundaryProps = {
  /** Turns the failure into the message to show (in the UI language). */
  readonly describe: (message: string) => string;
  readonly children: React.ReactNode;
};
