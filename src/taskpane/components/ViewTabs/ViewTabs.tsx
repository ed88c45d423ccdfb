import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import type { ViewTabsProps } from "./ViewTabs.types";
import { useViewTabs } from "./useViewTabs";
import { useViewTabsStyles } from "./useViewTabsStyles.styles";

/**
 * The task pane's tabs: a tab list of buttons, each naming a view and controlling its panel.
 * Fluent's TabList brings a focus manager (tabster) whose start-up alone cost the first view
 * about 100 ms in headless Chromium; these tabs need only roving focus over four buttons, so they
 * do it themselves with Fluent's tokens and focus outline.
 *
 * @param props - the views, their labels, the one selected
 * @returns the tab list
 * @example
 * <ViewTabs views={["load", "check"]} labels={t.tabs} selected={view} onSelect={setView}
 *   aria-label={t.tabListLabel} panelIds={{ load: "p1", check: "p2" }} />
 */
export function ViewTabs<View extends string>(props: ViewTabsProps<View>): React.JSX.Element {
  const { views, labels, selected, onSelect, panelIds } = props;
  const styles = useViewTabsStyles();
  const { tabRef, onKeyDown } = useViewTabs(views, selected, onSelect);
  return (
    <div
      role="tablist"
      aria-label={props["aria-label"]}
      className={styles.list}
      onKeyDown={onKeyDown}
    >
      {views.map((view, index) => {
        const isSelected = view === selected;
        return (
          <button
            key={view}
            ref={tabRef(index)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={panelIds[view]}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(view)}
          >
            {labels[view]}
          </button>
        );
      })}
    </div>
  );
}
