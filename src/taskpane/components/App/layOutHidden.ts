/**
 * Lays out a hidden panel once, invisibly: shown for the length of one forced layout, out of the
 * flow, `visibility: hidden` (never painted, never in the accessibility tree, which updates
 * after the task), then hidden again. The browser's first layout of a view (its fonts and text
 * shaped for the first time) then happens here, when the pane is idle, not at the view's first
 * open. A panel not hidden is left alone.
 *
 * @param panel - the hidden panel, as wide as `like` once shown
 * @param like - the panel shown, whose width it takes
 * @example
 * layOutHidden(checkPanel, loadPanel);
 */
export function layOutHidden(panel: HTMLElement, like: HTMLElement | null): void {
  if (!panel.hidden) {
    return;
  }
  const width = (like ?? panel.parentElement)?.getBoundingClientRect().width ?? 0;
  const style = panel.style;
  style.setProperty("display", "flex", "important");
  style.position = "absolute";
  style.visibility = "hidden";
  style.pointerEvents = "none";
  style.width = `${width}px`;
  panel.getBoundingClientRect();
  style.cssText = "";
}
