import type { CheckReport } from "../core/checks/CheckReport";
import type { Finding } from "../core/checks/Finding";
import type { Edition } from "../core/model/Edition";
import type { TableKind } from "../core/model/Table";
import type { RoundingMode } from "../core/numbers/RoundingMode";

/** Which editions to load: one, or both side by side. */
export type EditionChoice = Edition | "both";

/**
 * The phases of a load each sheet goes through, in order: "plan", its writes are decided and
 * named (the plan is built and checked once, before the first write); "write", the requests
 * that write it have completed.
 */
export type LoadPhase = "plan" | "write";

/** A load's progress: which phase one sheet has finished, and how many sheets have. */
export type LoadProgress = {
  readonly phase: LoadPhase;
  readonly sheet: string;
  /** Sheets that have finished this phase, this one included. */
  readonly done: number;
  readonly total: number;
};

/** What the user chose in the task pane. */
export type LoadOptions = {
  readonly edition: EditionChoice;
  /** Table groups to load; all when omitted. */
  readonly tables?: ReadonlyArray<TableKind>;
  readonly mode: RoundingMode;
  /** Whether minor findings get an amber highlight (major ones are always red). */
  readonly highlightMinor: boolean;
  /** Called once per sheet and phase: planned, then written (its requests completed). */
  readonly onProgress?: (progress: LoadProgress) => void;
};

/** What a load did: the sheets written, names changed to avoid a user's sheets, the check. */
export type LoadResult = {
  readonly sheets: ReadonlyArray<string>;
  /** A user's sheet had the wanted name: the add-in used another and says so. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly actual: string }>;
  readonly report: CheckReport;
};

/** What Clear highlights did: how many it removed, and where Excel could not read every rule. */
export type ClearResult = {
  /** Highlights and notes removed. */
  readonly removed: number;
  /** Of those, the conditional-format rules. */
  readonly rules: number;
  /** Sheets with a rule Excel could not read back: cleared as far as it could be read. */
  readonly unreadSheets: ReadonlyArray<string>;
};

/** A cell of the workbook: sheet name and A1 address. */
export type CellAddress = { readonly sheet: string; readonly address: string };

/** Which figure a finding is about: its edition and its cell of the dataset. */
export type FindingPlace = Pick<Finding, "edition" | "where">;

/** A figure of the add-in's sheets at a cell, and what the cell holds now. */
export type FigureAtCell = FindingPlace &
  CellAddress & {
    /** The cell's value now (a user may have typed over the figure); null when blank. */
    readonly current: string | number | boolean | null;
    /** How the figure is stored: `percent` cells hold fractions. */
    readonly storage: "amount" | "percent";
  };

/**
 * What the task pane asks of Excel. `src/excel/index.ts` implements it with Office.js; tests
 * and the preview mode replace it at this boundary.
 */
export type WorkbookActions = {
  readonly loadRelease: (options: LoadOptions) => Promise<LoadResult>;
  /** Reads the add-in's sheets back (the user's edits included), checks, refreshes notes and Checks. */
  readonly checkWorkbook: (
    options: Omit<LoadOptions, "tables" | "onProgress">
  ) => Promise<CheckReport>;
  /** Removes exactly the highlights and notes the add-in added; says how many, and what was not. */
  readonly clearHighlights: () => Promise<ClearResult>;
  /** Selects the finding's cell where the workbook holds it now; null when it holds no such figure. */
  readonly goToFinding: (finding: FindingPlace) => Promise<CellAddress | null>;
  /** Which figure of the add-in's sheets a cell holds now; null for any other cell. */
  readonly figureAt: (cell: CellAddress) => Promise<FigureAtCell | null>;
  /** Calls `listener` with each selection the user makes (Office's event); resolves to how to stop. */
  readonly watchSelection: (listener: (cell: CellAddress) => void) => Promise<() => Promise<void>>;
  /** Puts a formula into the selected cell. */
  readonly insertFormula: (formula: string) => Promise<void>;
};
