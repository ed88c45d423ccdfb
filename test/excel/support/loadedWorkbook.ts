import type { CheckReport } from "../../../src/core/checks/CheckReport";
import { placementKey } from "../../../src/core/layout/placementKey";
import type { WorkbookPlan } from "../../../src/core/layout/WorkbookPlan";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import type { PlanOptions } from "../../../src/excel/ExcelDeps";
import { loadRelease } from "../../../src/excel/loadRelease";
import { releaseDeps } from "../../../src/excel/releaseDeps";
import type { FindingPlace } from "../../../src/excel/WorkbookActions";
import { fakeRunner } from "./FakeContext";
import { parseArea } from "./FakeRange";
import { addUserSheet, emptyWorkbook, type CellState, type WorkbookState } from "./fakeState";

const index = buildIndex(dataset);

/** The release freshly loaded into a fake workbook that also holds a user's sheet. */
export async function loadedWorkbook(
  options: PlanOptions,
  supports: (version: string) => boolean = () => true
) {
  const state = emptyWorkbook();
  addUserSheet(state, "Mine", [["keep", 1]]);
  const runner = fakeRunner(state);
  const deps = releaseDeps(index, runner.run, supports);
  const load = await loadRelease(deps, options);
  const plan = deps.buildPlan(options);
  return { state, runner, deps, load, plan, tracker: cellTracker(state, plan) };
}

/** Where a placed figure is now: its sheet, zero-based cell and A1 address. */
export type TrackedCell = { sheet: string; row: number; column: number; address: string };

/**
 * Follows every placed figure's cell object through the fake's edits (the fake moves cell
 * objects, never copies them), so a test knows where a figure went without the code under test.
 */
export function cellTracker(state: WorkbookState, plan: WorkbookPlan) {
  const objects = new Map<string, CellState>();
  for (const p of plan.placements) {
    const cell = state.sheets.find((s) => s.name === p.sheet)?.cells[`${p.row},${p.column}`];
    if (cell !== undefined) {
      objects.set(placementKey(p.edition, p.ref), cell);
    }
  }
  return (figure: FindingPlace): TrackedCell | null => {
    const wanted = objects.get(placementKey(figure.edition, figure.where));
    for (const sheet of state.sheets) {
      for (const [key, value] of Object.entries(sheet.cells)) {
        if (value === wanted) {
          const [row, column] = key.split(",").map(Number);
          return {
            sheet: sheet.name,
            row,
            column,
            address: parseArea.fromIndexes(row, column, 1, 1),
          };
        }
      }
    }
    return null;
  };
}

/** A report as comparable lines: findings with their severity and gap, cells not checkable. */
export function reportLines(report: CheckReport): { findings: string[]; notCheckable: string[] } {
  return {
    findings: report.findings
      .map((f) => `${f.ruleId} ${f.edition} ${f.severity} ${f.gapUnits} ${f.reported.text}`)
      .sort(),
    notCheckable: report.notCheckable.map((n) => `${n.ruleId} ${n.edition}`).sort(),
  };
}

/** The workbook name's area now, zero-based, from the fake's names. */
export function nameArea(state: WorkbookState, name: string) {
  const formula = state.names.find((n) => n.name === name)?.formula ?? "";
  const match = /^='((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(formula);
  if (match === null) {
    throw new Error(`${name} is ${formula}`);
  }
  return { sheet: match[1].replace(/''/g, "'"), ...parseArea(match[2].replace(/\$/g, "")) };
}
