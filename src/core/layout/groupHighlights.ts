import type { RuleKind } from "../checks/RuleKind";
import type { Severity } from "../checks/Severity";
import { rangeAddress } from "./a1";
import type { Expr } from "./formula/Expr";
import { relativeKey, renderFormula } from "./formula/renderFormula";
import type { PlannedHighlight } from "./WorkbookPlan";

/** One checked cell's highlight formula, before grouping. */
export type CellHighlight = {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: RuleKind;
  readonly expr: Expr;
};

type Rectangle = { top: number; bottom: number; left: number; right: number; first: CellHighlight };

/** Rectangles covering the cells (all of one formula in relative terms): row runs stacked. */
function rectangles(cells: ReadonlyArray<CellHighlight>): Rectangle[] {
  // The same formula twice on a cell (two rules alike) highlights it once.
  const unique = new Map(cells.map((c) => [`${c.row}:${c.column}`, c]));
  const sorted = [...unique.values()].sort((x, y) => x.row - y.row || x.column - y.column);
  const done: Rectangle[] = [];
  // Rectangles still growing, by their column span: each ends on the previous row.
  let open = new Map<string, Rectangle>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, Rectangle>();
    while (i < sorted.length && sorted[i].row === row) {
      const first = sorted[i];
      let right = first.column;
      i++;
      while (i < sorted.length && sorted[i].row === row && sorted[i].column === right + 1) {
        right = sorted[i].column;
        i++;
      }
      const span = `${first.column}:${right}`;
      const above = open.get(span);
      if (above !== undefined && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(span);
        next.set(span, above);
      } else {
        next.set(span, { top: row, bottom: row, left: first.column, right, first });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

/**
 * Groups cells whose formulas are the same in relative terms into one highlight per rectangle
 * they fill: a share or change column down a table, a USD column, a total's footing across
 * its columns. The formula is written for the rectangle's top-left cell, so that the number of
 * conditional formats grows with the tables and not with the cells.
 *
 * @param cells - every checked cell's formula
 * @returns the highlights per sheet name, each written for its range's top-left cell
 * @example
 * groupHighlights(cells).get("Operations (Quarterly)")?.[0].range //=> "D7:D13"
 */
export function groupHighlights(
  cells: ReadonlyArray<CellHighlight>
): ReadonlyMap<string, ReadonlyArray<PlannedHighlight>> {
  const lanes = new Map<string, CellHighlight[]>();
  for (const cell of cells) {
    const key = relativeKey(cell.expr, cell.sheet, cell.row, cell.column);
    const lane = `${cell.sheet}\u0000${cell.severity}\u0000${cell.rule}\u0000${key}`;
    const list = lanes.get(lane) ?? [];
    list.push(cell);
    lanes.set(lane, list);
  }
  const bySheet = new Map<string, PlannedHighlight[]>();
  for (const list of lanes.values()) {
    for (const r of rectangles(list)) {
      const highlights = bySheet.get(r.first.sheet) ?? [];
      highlights.push({
        range: rangeAddress(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1),
        formula: renderFormula(r.first.expr, r.first.sheet),
        severity: r.first.severity,
        rule: r.first.rule,
      });
      bySheet.set(r.first.sheet, highlights);
    }
  }
  return bySheet;
}
