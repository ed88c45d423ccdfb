import type { ViewProps } from "../App/App.types";

/** Props of TableBrowser: the App's view props (it uses the host's release engine and the language). */
export type TableBrowserProps = ViewProps;
