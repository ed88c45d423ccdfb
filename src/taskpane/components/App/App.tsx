import { FluentProvider, mergeClasses, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { StringsContext } from "../../i18n/StringsContext";
import { markInteractive } from "../../markInteractive";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FigureCardPanel } from "../FigureCard/FigureCardPanel";
import { LoadView } from "../LoadView/LoadView";
import { ViewBoundary } from "../ViewBoundary/ViewBoundary";
import { ViewTabs } from "../ViewTabs/ViewTabs";
import type { AppProps, TaskpaneView } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";

// The views the first screen does not show are separate chunks, fetched when their tab opens.
const CheckView = React.lazy(() =>
  import("../CheckView/CheckView").then((m) => ({ default: m.CheckView }))
);
const FunctionsView = React.lazy(() =>
  import("../FunctionsView/FunctionsView").then((m) => ({ default: m.FunctionsView }))
);
const SettingsView = React.lazy(() =>
  import("../SettingsView/SettingsView").then((m) => ({ default: m.SettingsView }))
);

// Only inside Excel: which features this Excel switches off.
const FeatureNotice = React.lazy(() =>
  import("../FeatureNotice/FeatureNotice").then((m) => ({ default: m.FeatureNotice }))
);

const VIEWS: ReadonlyArray<TaskpaneView> = ["load", "check", "functions", "settings"];

/**
 * The task pane: title, preview notice, four tabs (Load, Check, Functions, Settings) in the
 * user's language and Office's theme.
 *
 * @param props - the host and the first view
 * @returns the task pane
 * @example
 * createRoot(element).render(<App host={host} />)
 */
export function App(props: AppProps): React.JSX.Element {
  const state = useApp(props);
  const styles = useAppStyles();
  const t = state.strings;
  const { viewProps } = state;
  const panelId = React.useId();
  React.useEffect(markInteractive, []);
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} lang={viewProps.settings.language}>
      <StringsContext.Provider value={t}>
        <main
          className={mergeClasses(
            styles.root,
            (props.themeName ?? props.host.theme) === "dark" && styles.dark
          )}
        >
          <h1 className={styles.title}>{t.appTitle}</h1>
          {props.host.kind === "preview" && (
            <p role="note" className={styles.notice}>
              {t.previewNotice}
            </p>
          )}
          {props.host.kind === "excel" && (
            <React.Suspense fallback={null}>
              <FeatureNotice host={props.host} />
            </React.Suspense>
          )}
          <ErrorBar message={state.settingsError} onDismiss={state.dismissSettingsError} />
          <ViewTabs
            views={VIEWS}
            labels={t.tabs}
            selected={state.view}
            onSelect={state.setView}
            aria-label={t.tabListLabel}
            panelId={panelId}
          />
          <section
            id={panelId}
            role="tabpanel"
            aria-label={t.tabs[state.view]}
            className={styles.panel}
          >
            <ViewBoundary key={state.view} describe={t.errors.module}>
              <FigureCardPanel host={props.host}>
                <React.Suspense fallback={<span className={styles.pending}>…</span>}>
                  {state.view === "load" && <LoadView {...viewProps} />}
                  {state.view === "check" && <CheckView {...viewProps} />}
                  {state.view === "functions" && <FunctionsView {...viewProps} />}
                  {state.view === "settings" && <SettingsView {...viewProps} />}
                </React.Suspense>
              </FigureCardPanel>
            </ViewBoundary>
          </section>
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
