import type { CellProblem } from "../core/checks/CellProblem";
import type { CheckReport } from "../core/checks/CheckReport";
import type { GridValue } from "../core/layout/gridSources";
import type { SheetPlan, WorkbookPlan } from "../core/layout/WorkbookPlan";
import type { TableKind } from "../core/model/Table";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import type { RequirementCheck } from "./features";
import type { EditionChoice } from "./WorkbookActions";

/** What a plan is built from: the load options without the progress callback. */
export type PlanOptions = {
  readonly edition: EditionChoice;
  readonly tables?: ReadonlyArray<TableKind>;
  readonly mode: RoundingMode;
  readonly highlightMinor: boolean;
};

/** Values read back from a sheet, as Excel returns them. */
export type Grid = ReadonlyArray<ReadonlyArray<GridValue>>;

/**
 * What the adapter needs besides Office.js, injected so tests replace Excel and the plan:
 * `run` is Excel.run in the add-in and a fake in tests.
 */
export type ExcelDeps = {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly requirements: RequirementCheck;
  /** buildWorkbookPlan over the dataset's index. */
  readonly buildPlan: (options: PlanOptions) => WorkbookPlan;
  /**
   * The engine over grids read back, keyed by the plan's sheet names (gridSources + runChecks);
   * the figures in `missing` (placement key → why) read as unreadable, so their checks are not
   * checkable.
   */
  readonly checkGrids: (
    plan: WorkbookPlan,
    grids: ReadonlyMap<string, Grid>,
    mode: RoundingMode,
    missing?: ReadonlyMap<string, CellProblem>
  ) => CheckReport;
  /** The estimated bytes a write request may carry; REQUEST_BUDGET_BYTES when omitted. */
  readonly requestBudget?: number;
  /** The Checks sheet for a report, laid out as the plan lays it out. */
  readonly checksSheet: (plan: WorkbookPlan, report: CheckReport, mode: RoundingMode) => SheetPlan;
};
