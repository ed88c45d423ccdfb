import * as React from "react";
import type { CheckReport } from "../../../core/checks/CheckReport";
import { stringsFor } from "../../i18n/stringsFor";
import type { Strings } from "../../i18n/Strings";
import { ALL_FINDINGS, type CheckFilters } from "../CheckView/CheckFilters";
import type { LoadedWorkbook } from "../../services/ReleaseEngine";
import { languageOf } from "../../settings/languageOf";
import { parseSettings } from "../../settings/parseSettings";
import type { TaskpaneSettings } from "../../settings/TaskpaneSettings";
import type { AppProps, TaskpaneView, ViewProps } from "./App.types";

/** The App's state: the view, the settings (persisted), the strings, what was loaded and checked. */
export type AppState = {
  readonly view: TaskpaneView;
  readonly setView: (view: TaskpaneView) => void;
  readonly strings: Strings;
  readonly settingsError: string | null;
  readonly dismissSettingsError: () => void;
  readonly viewProps: ViewProps;
};

/**
 * Holds the App's state. Settings start from the store (defaults: round, minor highlighted, the
 * language of Office's display language) and every change is saved; a failed save is shown.
 *
 * @param props - the App's props
 * @returns the state
 * @example
 * const { strings, view } = useApp({ host });
 */
export function useApp(props: AppProps): AppState {
  const { host } = props;
  const [view, setViewNow] = React.useState<TaskpaneView>(props.initialView ?? "load");
  // A switch of tab is a transition: the current view stays until the next one is ready, so a
  // view whose chunk is still arriving never flashes React's Suspense fallback (and its delay).
  const [, startTransition] = React.useTransition();
  const setView = React.useCallback(
    (next: TaskpaneView) => startTransition(() => setViewNow(next)),
    []
  );
  const [settings, setSettings] = React.useState<TaskpaneSettings>(() =>
    parseSettings(host.settingsStore.read(), {
      mode: "round",
      highlightMinor: true,
      language: languageOf(host.displayLanguage),
    })
  );
  const [settingsError, setSettingsError] = React.useState<string | null>(null);
  const [loaded, setLoaded] = React.useState<LoadedWorkbook | null>(null);
  const [report, setReport] = React.useState<CheckReport | null>(null);
  // The settings the report was made with: a later change makes it stale.
  const [reportBasis, setReportBasis] = React.useState<string>("");
  const [checkFilters, setCheckFilters] = React.useState<CheckFilters>(ALL_FINDINGS);
  const basis = `${settings.mode}|${String(settings.highlightMinor)}`;
  const strings = stringsFor(settings.language);

  // The page's language and title follow the chosen language (screen readers and the tab title).
  React.useEffect(() => {
    document.documentElement.lang = strings.language;
    document.title = strings.appTitle;
  }, [strings]);

  const onSettingsChange = React.useCallback(
    (next: TaskpaneSettings) => {
      setSettings(next);
      host.settingsStore.write(next).then(
        () => setSettingsError(null),
        (error: unknown) =>
          setSettingsError(
            stringsFor(next.language).errors.settings(
              error instanceof Error ? error.message : String(error)
            )
          )
      );
    },
    [host]
  );
  const onLoaded = React.useCallback(
    (next: LoadedWorkbook, nextReport: CheckReport) => {
      setLoaded(next);
      setReport(nextReport);
      setReportBasis(basis);
    },
    [basis]
  );
  const onReport = React.useCallback(
    (nextReport: CheckReport) => {
      setReport(nextReport);
      setReportBasis(basis);
    },
    [basis]
  );

  return {
    view,
    setView,
    strings,
    settingsError,
    dismissSettingsError: () => setSettingsError(null),
    viewProps: {
      host,
      settings,
      onSettingsChange,
      loaded,
      onLoaded,
      report,
      onReport,
      reportStale: report !== null && reportBasis !== basis,
      checkFilters,
      onCheckFilters: setCheckFilters,
      onView: setView,
    },
  };
}
