import type { ViewProps } from "../App/App.types";

/** Props of FunctionsView: the App's view props. */
export type FunctionsViewProps = ViewProps;
