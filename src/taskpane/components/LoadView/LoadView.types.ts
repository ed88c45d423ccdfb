import type { ViewProps } from "../App/App.types";

/** Props of LoadView: the App's view props. */
export type LoadViewProps = ViewProps;

/** How far a sheet has got: prepared, then written. */
export type SheetProgress = {
  readonly sheet: string;
  readonly steps: number;
  readonly done: number;
  readonly total: number;
};
