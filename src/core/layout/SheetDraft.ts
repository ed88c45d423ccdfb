import type { Edition } from "../model/Edition";
import type { PlacedCell, PlannedHighlight, PlannedValue, SheetPlan } from "./WorkbookPlan";

/** A sheet being laid out: rows appended one by one, then frozen into a {@link SheetPlan}. */
export type SheetDraft = {
  readonly key: string;
  readonly name: string;
  readonly edition: Edition | null;
  readonly values: PlannedValue[][];
  readonly formats: string[][];
  readonly indents: number[];
  readonly totalRows: number[];
  readonly headerRows: number[];
  readonly placements: PlacedCell[];
  readonly highlights: PlannedHighlight[];
  readonly links: { address: string; target: string; text: string }[];
  freeze: { rows: number; columns: number };
};

/**
 * An empty draft.
 *
 * @param key - the sheet's stable key
 * @param name - its (unique, valid) name
 * @param edition - the edition it shows, null for the Checks sheet
 * @returns the draft
 * @example
 * newSheetDraft("en:balanceSheet", "Balance Sheet", "en").values.length //=> 0
 */
export function newSheetDraft(key: string, name: string, edition: Edition | null): SheetDraft {
  return {
    key,
    name,
    edition,
    values: [],
    formats: [],
    indents: [],
    totalRows: [],
    headerRows: [],
    placements: [],
    highlights: [],
    links: [],
    freeze: { rows: 0, columns: 0 },
  };
}

/**
 * Appends a row and returns its zero-based index.
 *
 * @param draft - the sheet
 * @param values - the row's values from column A
 * @param formats - number formats per value ("General" where missing)
 * @param indent - the label's indent level
 * @returns the row index
 * @example
 * addRow(draft, ["Total revenues", 13036439]) //=> 7
 */
export function addRow(
  draft: SheetDraft,
  values: ReadonlyArray<PlannedValue>,
  formats: ReadonlyArray<string> = [],
  indent = 0
): number {
  draft.values.push([...values]);
  draft.formats.push(values.map((_, i) => formats[i] ?? "General"));
  draft.indents.push(indent);
  return draft.values.length - 1;
}

/** How wide a text looks in a grid: East Asian wide characters count twice. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(
        ch
      )
        ? 2
        : 1;
  }
  return width;
}

function shownWidth(value: PlannedValue, format: string): number {
  if (typeof value === "number") {
    const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
    const shown = format.includes("%") ? Math.abs(value * 100) : Math.abs(value);
    const grouped = shown.toFixed(decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return grouped.length + 3;
  }
  if (typeof value === "string" && !value.startsWith("=")) {
    return displayWidth(value);
  }
  return 6;
}

/**
 * Freezes a draft into a sheet plan: every row padded to the same width, widths that fit the
 * values (labels in column A by their indent; titles, unit and source lines left to overflow).
 *
 * @param draft - the sheet
 * @param wideRows - rows whose column-A text may overflow (titles, unit lines, notes)
 * @param titleRow - the title's row
 * @returns the plan of the sheet
 * @example
 * finishSheet(draft, new Set([0, 1]), 0).columnWidths[0] //=> 44
 */
export function finishSheet(
  draft: SheetDraft,
  wideRows: ReadonlySet<number>,
  titleRow: number
): SheetPlan {
  const width = Math.max(1, ...draft.values.map((r) => r.length));
  const values = draft.values.map((r) => [
    ...r,
    ...Array<PlannedValue>(width - r.length).fill(null),
  ]);
  // Text (not a formula) is formatted as Text: in a General cell Excel turns "2003-03-31" into a
  // date and "2002" into a number when it is written as a value.
  const numberFormats = draft.formats.map((r, i) =>
    [...r, ...Array<string>(width - r.length).fill("General")].map((format, c) => {
      const value = values[i][c];
      return format === "General" && typeof value === "string" && !value.startsWith("=")
        ? "@"
        : format;
    })
  );
  const columnWidths = Array.from({ length: width }, (_, c) => {
    let widest = c === 0 ? 12 : 8;
    values.forEach((row, r) => {
      if (c === 0 && wideRows.has(r)) {
        return;
      }
      const indent = c === 0 ? 2 * draft.indents[r] : 0;
      widest = Math.max(widest, shownWidth(row[c], numberFormats[r][c]) + indent + 1);
    });
    return Math.min(c === 0 ? 60 : 40, widest);
  });
  return {
    key: draft.key,
    name: draft.name,
    edition: draft.edition,
    values,
    numberFormats,
    totalRows: draft.totalRows,
    headerRows: draft.headerRows,
    titleRow,
    indents: draft.indents,
    freeze: draft.freeze,
    columnWidths,
    highlights: draft.highlights,
    links: draft.links,
  };
}
