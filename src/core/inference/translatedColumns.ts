import type { GridColumn } from "./TableGrid";

/** A column is a translation when at least this share of its rows is the other ÷ one rate. */
const TRANSLATED_SHARE = 0.9;
/** …compared on at least this many rows. */
const MIN_ROWS = 3;
/** How many amount columns either side may be the one translated. */
const NEARBY = 8;

function translates(x: GridColumn, y: GridColumn): boolean {
  let anchor = -1;
  for (let i = 0; i < x.values.length; i++) {
    if (x.values[i] !== 0 && Number.isFinite(x.values[i]) && Number.isFinite(y.values[i])) {
      if (anchor < 0 || Math.abs(y.values[i]) > Math.abs(y.values[anchor])) {
        anchor = i;
      }
    }
  }
  if (anchor < 0) {
    return false;
  }
  const rate = y.values[anchor] / x.values[anchor];
  if (!(Math.abs(rate) > 1.5)) {
    return false;
  }
  const tolerance = 0.5 * Math.abs(rate) + 0.5 + 1e-9;
  let compared = 0;
  let agreeing = 0;
  for (let i = 0; i < x.values.length; i++) {
    if (Number.isFinite(x.values[i]) && Number.isFinite(y.values[i]) && y.values[i] !== 0) {
      compared += 1;
      agreeing += Math.abs(x.values[i] * rate - y.values[i]) <= tolerance ? 1 : 0;
    }
  }
  return compared >= MIN_ROWS && agreeing >= TRANSLATED_SHARE * compared;
}

/**
 * The amount columns that are another amount column divided by one rate (a convenience
 * translation into USD): a share or change of either explains the same cells, so the finer
 * column, the one translated, is the source to name.
 *
 * @param amounts - the table's amount columns
 * @returns the grid indices of the translated (coarser) columns
 * @example
 * translatedColumns([usd, jpy]) //=> Set { usd.index }
 */
export function translatedColumns(amounts: ReadonlyArray<GridColumn>): Set<number> {
  const translated = new Set<number>();
  amounts.forEach((x, i) => {
    // A translation is printed beside what it translates: only near columns are compared.
    const near = amounts.slice(Math.max(0, i - NEARBY), i + NEARBY + 1);
    if (near.some((y) => y !== x && !translated.has(y.index) && translates(x, y))) {
      translated.add(x.index);
    }
  });
  return translated;
}
