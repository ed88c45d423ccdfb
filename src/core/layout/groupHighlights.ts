import type { RuleKind } from "../checks/RuleKind";
import type { Severity } from "../checks/Severity";
import { a1 } from "./a1";
import type { Expr } from "./formula/Expr";
import { type OperandNamer, relativeKey, renderFormula } from "./formula/renderFormula";
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

/**
 * Groups cells whose formulas are the same in relative terms and that sit one below the other
 * in a column into one highlight over their range, so that the number of conditional formats
 * grows with the tables and not with the cells.
 *
 * @param cells - every checked cell's formula
 * @param nameOf - the workbook name through which a formula reads a cell on another sheet
 * @returns the highlights per sheet name, each written for its range's top-left cell
 * @example
 * groupHighlights(cells, names.nameOf).get("Operations (Quarterly)")?.[0].range //=> "D7:D13"
 */
export function groupHighlights(
  cells: ReadonlyArray<CellHighlight>,
  nameOf: OperandNamer
): ReadonlyMap<string, ReadonlyArray<PlannedHighlight>> {
  const lanes = new Map<string, { cell: CellHighlight; key: string }[]>();
  for (const cell of cells) {
    const lane = `${cell.sheet}\u0000${cell.column}\u0000${cell.severity}\u0000${cell.rule}`;
    const list = lanes.get(lane) ?? [];
    list.push({ cell, key: relativeKey(cell.expr, cell.sheet, cell.row, cell.column) });
    lanes.set(lane, list);
  }
  const bySheet = new Map<string, PlannedHighlight[]>();
  for (const list of lanes.values()) {
    const sorted = [...list].sort((x, y) => x.cell.row - y.cell.row);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      const prev = sorted[i - 1];
      const next = sorted[i];
      if (next !== undefined && next.cell.row === prev.cell.row + 1 && next.key === prev.key) {
        continue;
      }
      const first = sorted[start].cell;
      const from = a1(first.row, first.column);
      const to = a1(prev.cell.row, prev.cell.column);
      const highlights = bySheet.get(first.sheet) ?? [];
      highlights.push({
        range: from === to ? from : `${from}:${to}`,
        formula: renderFormula(first.expr, first.sheet, nameOf),
        severity: first.severity,
        rule: first.rule,
      });
      bySheet.set(first.sheet, highlights);
      start = i;
    }
  }
  return bySheet;
}
