import { rangeAddress } from "./a1";
import type { CellHighlight } from "./CellHighlight";
import { renderFormula } from "./formula/renderFormula";
import { type LaneRectangle, highlightRectangles } from "./highlightRectangles";
import type { PlannedHighlight } from "./WorkbookPlan";

/**
 * The longest multi-area address one rule gets. `Worksheet.getRanges` takes at most 8,192
 * characters and cuts a longer address (Microsoft's "Troubleshooting Excel add-ins", "Range
 * return character limit"; OfficeDev/office-js#5198 fails at 8,207): a margin below that.
 */
export const MAX_AREAS_ADDRESS = 8_000;

const addressOf = <T>(r: LaneRectangle<T>): string =>
  rangeAddress(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);

/** One rule's areas: its first (top-left) rectangle, and the address of them all. */
export type AreaRange<T> = { readonly anchor: LaneRectangle<T>; readonly range: string };

/**
 * Splits one group's rectangles into rules of several areas each. A rule's first area is its
 * top-left one, above and left of every other (an area further left starts another rule), so
 * the formula written for its top-left cell shifts the same to every cell of every area
 * whichever cell Excel anchors a multi-area rule at: the first area's or the areas' common
 * top-left, which are the same cell.
 *
 * @param lane - the rectangles of one formula in relative terms
 * @param maxAddress - the longest address of one rule (MAX_AREAS_ADDRESS), or 0 for one area
 * @returns the rules' areas, each with its first rectangle
 */
export function areaRanges<T>(
  lane: ReadonlyArray<LaneRectangle<T>>,
  maxAddress: number
): AreaRange<T>[] {
  if (maxAddress === 0) {
    return lane.map((r) => ({ anchor: r, range: addressOf(r) }));
  }
  let rest = [...lane].sort((a, b) => a.top - b.top || a.left - b.left);
  const rules: AreaRange<T>[] = [];
  while (rest.length > 0) {
    const [anchor] = rest;
    const areas = [addressOf(anchor)];
    let length = areas[0].length;
    const left: LaneRectangle<T>[] = [];
    for (let i = 1; i < rest.length; i++) {
      const r = rest[i];
      const address = r.left >= anchor.left ? addressOf(r) : null;
      if (address === null) {
        left.push(r);
      } else if (length + 1 + address.length > maxAddress) {
        // Full: the rest, in order, starts the next rule.
        left.push(...rest.slice(i));
        break;
      } else {
        areas.push(address);
        length += 1 + address.length;
      }
    }
    rules.push({ anchor, range: areas.join(",") });
    rest = left;
  }
  return rules;
}

/**
 * One group's rules (`areaRanges`), each written for the top-left cell of its first area.
 *
 * @param lane - the rectangles of one formula in relative terms
 * @param maxAddress - the longest address of one rule (MAX_AREAS_ADDRESS), or 0 for one area
 * @param highlight - the highlight of a rectangle's top-left cell, asked only of each rule's first
 * @returns the rules
 */
export function areaRules<T>(
  lane: ReadonlyArray<LaneRectangle<T>>,
  maxAddress: number,
  highlight: (first: T) => CellHighlight
): PlannedHighlight[] {
  return areaRanges(lane, maxAddress).map(({ anchor, range }) => {
    const first = highlight(anchor.first);
    return {
      range,
      formula: renderFormula(first.expr, first.sheet),
      severity: first.severity,
      rule: first.rule,
    };
  });
}

/**
 * Groups cells whose formulas are the same in relative terms into as few rules as the address
 * limit allows: the rectangles they fill (as `groupHighlights`) joined into multi-area ranges
 * ("E8:E15,G8:G15"), written with `Worksheet.getRanges` (ExcelApi 1.9). With `maxAddress` 0
 * every rule is one rectangle, as `groupHighlights` gives them.
 *
 * @param cells - every checked cell's formula
 * @param maxAddress - the longest address of one rule (MAX_AREAS_ADDRESS), or 0 for one area
 * @returns the highlights per sheet name, each written for the top-left cell of its first area
 */
export function groupHighlightAreas(
  cells: ReadonlyArray<CellHighlight>,
  maxAddress: number = MAX_AREAS_ADDRESS
): ReadonlyMap<string, ReadonlyArray<PlannedHighlight>> {
  const bySheet = new Map<string, PlannedHighlight[]>();
  for (const lane of highlightRectangles(cells)) {
    const sheet = lane[0].first.sheet;
    const rules = bySheet.get(sheet) ?? [];
    rules.push(...areaRules(lane, maxAddress, (first) => first));
    bySheet.set(sheet, rules);
  }
  return bySheet;
}
