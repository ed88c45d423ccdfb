import type { Finding } from "../../src/core/checks/Finding";
import { a1 } from "../../src/core/layout/a1";
import { placementKey } from "../../src/core/layout/buildWorkbookPlan";
import type { Grids, GridValue } from "../../src/core/layout/gridSources";
import type { WorkbookPlan } from "../../src/core/layout/WorkbookPlan";
import { type CellValue, evaluateFormula } from "./formulaEvaluator";

function decode(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null) {
    throw new Error(`bad address ${address}`);
  }
  let column = 0;
  for (const ch of m[1]) {
    column = column * 26 + ch.charCodeAt(0) - 64;
  }
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** The plan's own values as grids (what a freshly written workbook holds). */
export function planGrids(plan: WorkbookPlan): Record<string, GridValue[][]> {
  return Object.fromEntries(plan.sheets.map((s) => [s.name, s.values.map((r) => [...r])]));
}

/**
 * Every cell whose highlight formula is TRUE, as "sheet!A1 severity rule", evaluating each
 * highlight over its range with the tiny evaluator; throws if a formula yields anything but a boolean.
 */
export function highlightedCells(plan: WorkbookPlan, grids: Grids): Set<string> {
  const read = (sheet: string, row: number, column: number): CellValue => {
    const v = grids[sheet]?.[row]?.[column];
    return v === undefined ? null : v;
  };
  const out = new Set<string>();
  for (const sheet of plan.sheets) {
    for (const h of sheet.highlights) {
      const [from, to = from] = h.range.split(":");
      const a = decode(from);
      const b = decode(to);
      for (let r = a.row; r <= b.row; r++) {
        for (let c = a.column; c <= b.column; c++) {
          const v = evaluateFormula(
            h.formula,
            sheet.name,
            read,
            { rows: r - a.row, columns: c - a.column },
            plan.names
          );
          if (typeof v !== "boolean") {
            throw new Error(`${sheet.name}!${from}: ${JSON.stringify(v)} from ${h.formula}`);
          }
          if (v) {
            const address = a1(r, c);
            out.add(`${sheet.name}!${address} ${h.severity} ${h.rule ?? "?"}`);
          }
        }
      }
    }
  }
  return out;
}

/** The engine's findings in the same form, located through the plan's placements. */
export function findingCells(plan: WorkbookPlan, findings: ReadonlyArray<Finding>): Set<string> {
  const placed = new Map(plan.placements.map((p) => [placementKey(p.edition, p.ref), p]));
  return new Set(
    findings.map((f) => {
      const p = placed.get(placementKey(f.edition, f.where));
      return `${p?.sheet ?? "?"}!${p?.address ?? "?"} ${f.severity} ${f.kind}`;
    })
  );
}
