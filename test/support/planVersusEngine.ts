import type { Finding } from "../../src/core/checks/Finding";
import { a1 } from "../../src/core/layout/a1";
import { placementKey } from "../../src/core/layout/buildWorkbookPlan";
import type { Grids, GridValue } from "../../src/core/layout/gridSources";
import type { SheetPlan, WorkbookPlan } from "../../src/core/layout/WorkbookPlan";
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
 * A reader of the grids that computes formula cells ("=…", the claims' and the mirror cells)
 * with the tiny evaluator, as a spreadsheet would; an error value reads as its text.
 */
export function gridReader(
  grids: Grids,
  names: WorkbookPlan["names"] = []
): (sheet: string, row: number, column: number) => CellValue {
  const computed = new Map<string, CellValue>();
  const read = (sheet: string, row: number, column: number): CellValue => {
    const v = grids[sheet]?.[row]?.[column];
    if (typeof v !== "string" || !v.startsWith("=")) {
      return v === undefined ? null : v;
    }
    const key = `${sheet}!${row}:${column}`;
    if (!computed.has(key)) {
      const result = evaluateFormula(v.slice(1), sheet, read, { rows: 0, columns: 0 }, names);
      computed.set(key, typeof result === "object" && result !== null ? result.error : result);
    }
    return computed.get(key) ?? null;
  };
  return read;
}

/**
 * Every cell whose highlight formula is TRUE, as "sheet!A1 severity rule", evaluating each
 * highlight over its range with the tiny evaluator (formula cells computed); throws if a
 * formula yields anything but a boolean.
 */
export function highlightedCells(plan: WorkbookPlan, grids: Grids): Set<string> {
  const read = gridReader(grids, plan.names);
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

/**
 * The engine's findings in the same form, located through the plan's placements; edition
 * findings (listed on the Checks sheet, never highlighted) left out.
 */
export function findingCells(plan: WorkbookPlan, findings: ReadonlyArray<Finding>): Set<string> {
  const placed = new Map(plan.placements.map((p) => [placementKey(p.edition, p.ref), p]));
  return new Set(
    findings
      .filter((f) => f.kind !== "edition")
      .map((f) => {
        const p = placed.get(placementKey(f.edition, f.where));
        return `${p?.sheet ?? "?"}!${p?.address ?? "?"} ${f.severity} ${f.kind}`;
      })
  );
}

const REFERENCE =
  /(?<![A-Za-z0-9_.$'])((?:'(?:[^']|'')+'!)?)(\$?[A-Z]{1,3}\$?)(\d+)(?![A-Za-z0-9_.(!])/g;

/**
 * A formula's references moved as Excel moves them when a row is inserted above zero-based row
 * `at` of `sheet`: every reference to that sheet's rows from `at` down points one row lower
 * (relative or not, so each still reads the cell it read); `home` is the formula's own sheet.
 */
export function shiftFormula(formula: string, home: string, sheet: string, at: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, prefix: string, column: string, row: string) => {
            const target = prefix === "" ? home : prefix.slice(1, -2).replace(/''/g, "'");
            return target === sheet && Number(row) - 1 >= at
              ? `${prefix}${column}${Number(row) + 1}`
              : whole;
          })
    )
    .join("");
}

/**
 * The plan and grids of a workbook after a user inserts an empty row above zero-based row `at`
 * of `sheet`, as Excel adjusts it: rows below move down, every formula (cells of every sheet,
 * highlight formulas) follows the cells it read, a highlight whose range spans the inserted
 * row grows over it, the sheet's formats and styled rows move with their rows, and the
 * placements record where the figures went. (Workbook names and the Checks sheet's links are
 * left as they were: no highlight reads them.)
 */
export function insertRow(
  plan: WorkbookPlan,
  grids: Grids,
  sheet: string,
  at: number
): { plan: WorkbookPlan; grids: Record<string, GridValue[][]> } {
  const cellValue = (v: GridValue, home: string): GridValue =>
    typeof v === "string" && v.startsWith("=") ? shiftFormula(v, home, sheet, at) : v;
  const shiftGrid = (
    rows: ReadonlyArray<ReadonlyArray<GridValue>>,
    home: string
  ): GridValue[][] => {
    const moved = rows.map((r) => r.map((v) => cellValue(v, home)));
    if (home === sheet) {
      moved.splice(at, 0, Array<GridValue>(rows[0]?.length ?? 0).fill(null));
    }
    return moved;
  };
  const shiftRange = (range: string): string =>
    range
      .split(":")
      .map((end) => shiftFormula(end, sheet, sheet, at))
      .join(":");
  const below = (rows: ReadonlyArray<number>) => rows.map((r) => (r >= at ? r + 1 : r));
  const sheets = plan.sheets.map((s) => ({
    ...s,
    values: shiftGrid(s.values, s.name) as SheetPlan["values"],
    ...(s.name === sheet
      ? {
          numberFormats: [
            ...s.numberFormats.slice(0, at),
            s.numberFormats[0].map(() => "General"),
            ...s.numberFormats.slice(at),
          ],
          indents: [...s.indents.slice(0, at), 0, ...s.indents.slice(at)],
          totalRows: below(s.totalRows),
          headerRows: below(s.headerRows),
          titleRow: below([s.titleRow])[0],
        }
      : {}),
    highlights:
      s.name === sheet
        ? s.highlights.map((h) => {
            const [from, to = from] = h.range.split(":");
            const grown = decode(from).row < at && decode(to).row >= at;
            return {
              ...h,
              range: grown ? `${from}:${shiftRange(to)}` : shiftRange(h.range),
              formula: shiftFormula(h.formula, s.name, sheet, at),
            };
          })
        : s.highlights,
  }));
  const placements = plan.placements.map((p) =>
    p.sheet === sheet && p.row >= at
      ? { ...p, row: p.row + 1, address: a1(p.row + 1, p.column) }
      : p
  );
  return {
    plan: { ...plan, sheets, placements },
    grids: Object.fromEntries(
      Object.entries(grids).map(([name, rows]) => [name, shiftGrid(rows, name)])
    ),
  };
}
