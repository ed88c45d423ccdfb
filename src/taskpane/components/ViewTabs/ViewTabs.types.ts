/** Props of ViewTabs: the task pane's views as a row of tabs (the WAI-ARIA tabs pattern). */
export type ViewTabsProps<View extends string> = {
  /** The views, in tab order. */
  readonly views: ReadonlyArray<View>;
  /** Each view's tab text, in the UI language. */
  readonly labels: Readonly<Record<View, string>>;
  /** The view shown. */
  readonly selected: View;
  /** Called when a tab is chosen: by click, Enter or Space, or by moving to it with the keys. */
  readonly onSelect: (view: View) => void;
  /** The tab list's accessible name. */
  readonly "aria-label": string;
  /** The id of each view's panel, the one its tab controls. */
  readonly panelIds: Readonly<Record<View, string>>;
};
