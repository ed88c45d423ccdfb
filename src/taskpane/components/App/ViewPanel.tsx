import * as React from "react";
import { ViewBoundary } from "../ViewBoundary/ViewBoundary";
import { layOutHidden } from "./layOutHidden";
import { useAppStyles } from "./useAppStyles.styles";
import { whenIdle } from "./whenIdle";

/** Props of ViewPanel. */
export type ViewPanelProps = {
  /** The id its tab's aria-controls names. */
  readonly id: string;
  /** The view's name (its tab's text). */
  readonly label: string;
  /** Whether its tab is selected. */
  readonly shown: boolean;
  /** Whether the view is rendered (it stays so): once shown, or ahead of its first open. */
  readonly rendered: boolean;
  /** Turns a failure to load or render the view into the message to show. */
  readonly describe: (message: string) => string;
  /** The view. */
  readonly children: React.ReactNode;
};

/** Once the view above it has rendered: its panel, if hidden, laid out once when the page is idle. */
function LaidOutWhenIdle(props: { readonly panel: React.RefObject<HTMLElement | null> }): null {
  const { panel } = props;
  React.useEffect(
    () =>
      whenIdle(() => {
        const hidden = panel.current;
        const shown = hidden?.parentElement?.querySelector<HTMLElement>(
          ":scope > [role=tabpanel]:not([hidden])"
        );
        if (hidden) {
          layOutHidden(hidden, shown ?? null);
        }
      }),
    [panel]
  );
  return null;
}

/**
 * One view's tab panel, inside the App's Suspense boundary (one for all views: a view whose chunk
 * is still arriving when its tab opens keeps the last view up, the switch being a transition). A view rendered while its tab is not selected stays mounted but hidden
 * from sight, from assistive technologies and from the Tab key (`hidden`: display none): so a
 * view can be rendered ahead of its first open, and keeps its state (filters, what was typed,
 * a check running) between opens; showing it again only flips the attribute. Rendered ahead, it
 * is also laid out once ahead (layOutHidden).
 *
 * @param props - the panel's id and label, whether it is shown and rendered, and the view
 * @returns the panel
 * @example
 * <ViewPanel id={id} label="Check" shown={false} rendered describe={t.errors.module}>
 *   <CheckView {...viewProps} />
 * </ViewPanel>
 */
export function ViewPanel(props: ViewPanelProps): React.JSX.Element {
  const styles = useAppStyles();
  const { shown } = props;
  const panel = React.useRef<HTMLElement>(null);
  return (
    <section
      id={props.id}
      role="tabpanel"
      aria-label={props.label}
      hidden={!shown}
      ref={panel}
      className={styles.panel}
    >
      {props.rendered && (
        <ViewBoundary describe={props.describe}>
          {props.children}
          <LaidOutWhenIdle panel={panel} />
        </ViewBoundary>
      )}
    </section>
  );
}
