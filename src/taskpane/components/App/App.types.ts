import type { Theme } from "@fluentui/react-components";
import type { CheckReport } from "../../../core/checks/CheckReport";
import type { TaskpaneHost } from "../../host/TaskpaneHost";
import type { CheckFilters } from "../CheckView/CheckFilters";
import type { LoadedWorkbook } from "../../services/ReleaseEngine";
import type { TaskpaneSettings } from "../../settings/TaskpaneSettings";

/** The task pane's four views, in tab order. */
export type TaskpaneView = "load" | "check" | "functions" | "settings";

/** Props of App. */
export type AppProps = {
  readonly host: TaskpaneHost;
  /** The view shown first. @default "load" */
  readonly initialView?: TaskpaneView;
  /**
   * The Fluent theme matching host.theme; bootstrap fetches the dark one only when Office is
   * dark, so the light first view does not carry it. @default webLightTheme
   */
  readonly theme?: Theme;
  /** Light or dark, as `theme` is; Office's theme may change while the pane is open. @default host.theme */
  readonly themeName?: "light" | "dark";
};

/** What every view gets from the App: the host, the settings and what has been loaded or checked. */
export type ViewProps = {
  readonly host: TaskpaneHost;
  readonly settings: TaskpaneSettings;
  readonly onSettingsChange: (settings: TaskpaneSettings) => void;
  /** What the last load wrote, in this session; null before a load. */
  readonly loaded: LoadedWorkbook | null;
  readonly onLoaded: (loaded: LoadedWorkbook, report: CheckReport) => void;
  /** The last check's report; null before a check. */
  readonly report: CheckReport | null;
  readonly onReport: (report: CheckReport) => void;
  /** True when the rounding or the minor-highlight setting changed after the last check. */
  readonly reportStale: boolean;
  /** The Check view's filters, kept while the pane is open. */
  readonly checkFilters: CheckFilters;
  readonly onCheckFilters: (filters: CheckFilters) => void;
  /** Switches to another view (the Check view offers Load when nothing is loaded). */
  readonly onView: (view: TaskpaneView) => void;
};
