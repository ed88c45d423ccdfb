import { FluentProvider, mergeClasses, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { StringsContext } from "../../i18n/StringsContext";
import { markInteractive } from "../../markInteractive";
import { useAfterFirstView } from "../../useAfterFirstView";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FigureCardPanel } from "../FigureCard/FigureCardPanel";
import { LoadView } from "../LoadView/LoadView";
import { ViewTabs } from "../ViewTabs/ViewTabs";
import type { AppProps, TaskpaneView, ViewProps } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";
import { useRenderedViews } from "./useRenderedViews";
import { ViewPanel } from "./ViewPanel";

/**
 * A view in its own chunk, memoised: it renders again only when its props change (a switch of
 * tab changes none of them), so showing a view that is already rendered costs no render.
 */
function chunkedView(
  load: () => Promise<React.ComponentType<ViewProps>>
): React.ComponentType<ViewProps> {
  return React.lazy(() => load().then((view) => ({ default: React.memo(view) })));
}

// The views the first screen does not show are separate chunks.
const CheckView = chunkedView(() => import("../CheckView/CheckView").then((m) => m.CheckView));
const FunctionsView = chunkedView(() =>
  import("../FunctionsView/FunctionsView").then((m) => m.FunctionsView)
);
const SettingsView = chunkedView(() =>
  import("../SettingsView/SettingsView").then((m) => m.SettingsView)
);
const VIEW_COMPONENTS: Readonly<Record<TaskpaneView, React.ComponentType<ViewProps>>> = {
  load: React.memo(LoadView),
  check: CheckView,
  functions: FunctionsView,
  settings: SettingsView,
};

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
  const panelIds = React.useMemo(
    () =>
      Object.fromEntries(VIEWS.map((v) => [v, `${panelId}${v}`])) as Record<TaskpaneView, string>,
    [panelId]
  );
  React.useEffect(markInteractive, []);
  // Once the first view is up, the others render hidden (fetching their chunks) when the page is
  // idle, so that a tab's first open only reveals its view, as its second does.
  const rendered = useRenderedViews(VIEWS, state.view, useAfterFirstView());
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
            panelIds={panelIds}
          />
          {/* One card for every view: it stays open across a switch of tab. */}
          <FigureCardPanel host={props.host}>
            <React.Suspense fallback={<span className={styles.pending}>…</span>}>
              {VIEWS.map((view) => {
                const View = VIEW_COMPONENTS[view];
                return (
                  <ViewPanel
                    key={view}
                    id={panelIds[view]}
                    label={t.tabs[view]}
                    shown={state.view === view}
                    rendered={rendered.has(view)}
                    describe={t.errors.module}
                  >
                    <View {...viewProps} />
                  </ViewPanel>
                );
              })}
            </React.Suspense>
          </FigureCardPanel>
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
