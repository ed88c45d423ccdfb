import type { ViewProps } from "../App/App.types";

/** Props of SettingsView: the App's view props. */
export type SettingsViewProps = ViewProps;
