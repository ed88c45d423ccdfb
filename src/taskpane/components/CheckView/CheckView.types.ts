import type { ViewProps } from "../App/App.types";

/** Props of CheckView: the App's view props. */
export type CheckViewProps = ViewProps;
