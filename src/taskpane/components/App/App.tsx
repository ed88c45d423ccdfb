import { FluentProvider, mergeClasses, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { StringsContext } from "../../i18n/StringsContext";
import { markInteractive } from "../../markInteractive";
import { useAfterFirstView } from "../../useAfterFirstView";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FigureCardPanel } from "../FigureCard/FigureCardPanel";
import { LoadView } from "../LoadView/LoadView";
import { ViewBoundary } from "../ViewBoundary/ViewBoundary";
import { ViewTabs } from "../ViewTabs/ViewTabs";
import type { AppProps, TaskpaneView } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";

/**
 * A view in its own chunk: fetched by `preload` once the first view is up, or when its tab opens
 * if sooner. Once fetched it renders directly, without React.lazy's suspension, so a tab's first
 * open costs what its second does.
 */
function preloadable<P extends object>(
  load: () => Promise<React.ComponentType<P>>
): { View: (props: P) => React.JSX.Element; preload: () => void } {
  let ready: React.ComponentType<P> | null = null;
  let loading: Promise<React.ComponentType<P>> | null = null;
  const fetch = (): Promise<React.ComponentType<P>> => {
    loading ??= load().then(
      (component) => (ready = component),
      (error: unknown) => {
        // A failed fetch is tried again at the next open (and reported by its boundary).
        loading = null;
        throw error;
      }
    );
    return loading;
  };
  const Lazy = React.lazy(() => fetch().then((component) => ({ default: component })));
  const View = (props: P): React.JSX.Element => {
    // Chosen once per mount: a view shown through Lazy stays so (switching would remount it).
    const [component] = React.useState<React.ComponentType<P>>(
      () => ready ?? (Lazy as unknown as React.ComponentType<P>)
    );
    return React.createElement(component, props);
  };
  return { View, preload: () => void fetch().catch(() => undefined) };
}

// The views the first screen does not show are separate chunks.
const check = preloadable(() => import("../CheckView/CheckView").then((m) => m.CheckView));
const functions = preloadable(() =>
  import("../FunctionsView/FunctionsView").then((m) => m.FunctionsView)
);
const settings = preloadable(() =>
  import("../SettingsView/SettingsView").then((m) => m.SettingsView)
);
const CheckView = check.View;
const FunctionsView = functions.View;
const SettingsView = settings.View;

/** Fetches the other views' chunks; a failure is left for the tab to meet and report. */
function preloadViews(): void {
  for (const view of [check, functions, settings]) {
    view.preload();
  }
}

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
  const afterFirstView = useAfterFirstView();
  React.useEffect(() => {
    if (afterFirstView) {
      preloadViews();
    }
  }, [afterFirstView]);
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
