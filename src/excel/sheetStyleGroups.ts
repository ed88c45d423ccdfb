import type { SheetPlan } from "../core/layout/WorkbookPlan";
import { rangeAddress } from "../core/layout/a1";
import { rowAreas } from "./rowAreas";

/** A sheet's formatting as a few multi-area ranges, so calls grow with sheets, not cells. */
export type SheetStyleGroups = {
  /** The title cell. */
  readonly title: string;
  /** Header rows across the sheet's width ("" when none). */
  readonly headers: string;
  /** Total rows, one area each so each gets its top border ("" when none). */
  readonly totals: string;
  /** Labels in column A per indent level above 0. */
  readonly indents: ReadonlyArray<{ readonly level: number; readonly areas: string }>;
  /** Runs of adjacent columns with the same width, in points. */
  readonly widths: ReadonlyArray<{
    readonly column: number;
    readonly count: number;
    readonly points: number;
  }>;
};

/** Excel's column width in points for a width in characters of the default font. */
function points(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Groups a sheet plan's styling into as few ranges as its shape allows.
 *
 * @param sheet - the sheet plan
 * @returns the groups
 * @example
 * sheetStyleGroups(plan.sheets[0]).totals //=> "A13:J13,A16:J16,…"
 */
export function sheetStyleGroups(sheet: SheetPlan): SheetStyleGroups {
  const width = Math.max(1, sheet.values[0]?.length ?? 1);
  const byLevel = new Map<number, number[]>();
  sheet.indents.forEach((level, row) => {
    if (level > 0) {
      byLevel.set(level, [...(byLevel.get(level) ?? []), row]);
    }
  });
  const widths: Array<{ column: number; count: number; points: number }> = [];
  sheet.columnWidths.forEach((w, column) => {
    const last = widths[widths.length - 1];
    if (last !== undefined && last.points === points(w) && last.column + last.count === column) {
      last.count += 1;
    } else {
      widths.push({ column, count: 1, points: points(w) });
    }
  });
  return {
    title: rangeAddress(sheet.titleRow, 0),
    headers: rowAreas(sheet.headerRows, width, false),
    totals: rowAreas(sheet.totalRows, width, true),
    indents: [...byLevel.entries()]
      .sort(([a], [b]) => a - b)
      .map(([level, rows]) => ({ level, areas: rowAreas(rows, 1, false) })),
    widths,
  };
}
