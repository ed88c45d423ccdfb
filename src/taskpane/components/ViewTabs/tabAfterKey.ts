/**
 * Where a key moves focus in a row of tabs: the arrow keys to the next or previous tab, wrapping
 * round, Home and End to the first and last.
 *
 * @param key - the KeyboardEvent's key
 * @param index - the tab the key was pressed on
 * @param count - how many tabs there are
 * @returns the tab to move to, or null for a key the tab list leaves alone
 * @example
 * tabAfterKey("ArrowLeft", 0, 4) //=> 3
 */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (index + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
