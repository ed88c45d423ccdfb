import * as React from "react";
import { tabAfterKey } from "./tabAfterKey";

/** What ViewTabs needs to wire its tabs: a ref per tab and the tab list's key handler. */
export type ViewTabsState = {
  /** Stores the button of the tab at an index, for moving focus to it. */
  readonly tabRef: (index: number) => (element: HTMLButtonElement | null) => void;
  readonly onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
};

/**
 * Roving focus for a tab list: the arrow keys move to the next or previous tab (wrapping), Home
 * and End to the first and last, and the tab reached is selected (automatic activation), as the
 * WAI-ARIA tabs pattern describes. Only the selected tab is in the Tab order.
 *
 * @param views - the views, in tab order
 * @param selected - the view shown
 * @param onSelect - selects a view
 * @returns refs for the tabs and the key handler
 * @example
 * const { tabRef, onKeyDown } = useViewTabs(["load", "check"], "load", setView);
 */
export function useViewTabs<View extends string>(
  views: ReadonlyArray<View>,
  selected: View,
  onSelect: (view: View) => void
): ViewTabsState {
  const buttons = React.useRef<Array<HTMLButtonElement | null>>([]);
  const tabRef = React.useCallback(
    (index: number) => (element: HTMLButtonElement | null) => {
      buttons.current[index] = element;
    },
    []
  );
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>): void => {
    const next = tabAfterKey(event.key, views.indexOf(selected), views.length);
    if (next === null) {
      return;
    }
    event.preventDefault();
    buttons.current[next]?.focus();
    onSelect(views[next]);
  };
  return { tabRef, onKeyDown };
}
