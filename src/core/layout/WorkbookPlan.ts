import type { CheckReport } from "../checks/CheckReport";
import type { CellRef } from "../model/CellRef";
import type { Edition } from "../model/Edition";
import type { RuleKind } from "../checks/RuleKind";
import type { Severity } from "../checks/Severity";

/** A value written to a cell: numbers stay numbers (percentages as fractions), never text. */
export type PlannedValue = number | string | boolean | null;

/** A highlight rule for a range: when `formula` (relative to the range's top-left cell) is TRUE. */
export type PlannedHighlight = {
  /**
   * A1 range on the sheet: a rectangle ("D8:D30", "B13:G13"), or for a selection's highlight
   * several joined by commas ("E8:E15,G8:G15"), the first the top-left one (groupHighlightAreas).
   */
  readonly range: string;
  /**
   * Excel formula without the leading "=", written for the range's top-left cell; relative
   * references shift. Only cells of the same sheet (never "'Sheet'!A1" nor a workbook name):
   * another sheet's figure is read through a cell that mirrors it.
   */
  readonly formula: string;
  readonly severity: Severity;
  /** The kind of rule the formula checks (added by the layout helper; optional for hand-made plans). */
  readonly rule?: RuleKind;
};

/** Where one dataset cell of one edition was placed. */
export type PlacedCell = {
  readonly edition: Edition;
  readonly ref: CellRef;
  /** Sheet name and A1 address. */
  readonly sheet: string;
  readonly address: string;
  /** Row and column, zero-based within the sheet. */
  readonly row: number;
  readonly column: number;
  /** How the value was stored: `percent` cells hold fractions (0.256 for 25.6%). */
  readonly storage: "amount" | "percent";
  /** The printed decimals, to read the cell back as a reported figure. */
  readonly decimals: number;
  /**
   * The release prints a nil dash here: the cell holds 0 shown as "-", and a 0 read back is nil
   * (exactly zero, not ±½ unit). Absent means a printed figure.
   */
  readonly printedNil?: boolean;
};

/**
 * One worksheet of the plan: a rectangle of values and number formats written in one go, plus
 * the styling, the frozen panes, widths, highlights and hyperlinks.
 */
export type SheetPlan = {
  /** Stable key of what the sheet holds ("en:operations", "ja:balanceSheet", "checks"). */
  readonly key: string;
  /** The sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  readonly name: string;
  readonly edition: Edition | null;
  /** values[r][c]; every row has the same length. Formulas are strings starting with "=". */
  readonly values: ReadonlyArray<ReadonlyArray<PlannedValue>>;
  /** numberFormats[r][c], same shape as values ("General", "#,##0;(#,##0)", "0.0%;(0.0%)"). */
  readonly numberFormats: ReadonlyArray<ReadonlyArray<string>>;
  /** Rows (zero-based) to print bold with a top border: subtotals and totals. */
  readonly totalRows: ReadonlyArray<number>;
  /** Rows (zero-based) that are headers (bold, bottom border). */
  readonly headerRows: ReadonlyArray<number>;
  /** Row (zero-based) of the title, printed large and bold. */
  readonly titleRow: number;
  /** Indent level of the label in column A, per row (0 where none). */
  readonly indents: ReadonlyArray<number>;
  /** Freeze panes: rows above and columns left of this cell stay in view. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Column widths in characters. */
  readonly columnWidths: ReadonlyArray<number>;
  readonly highlights: ReadonlyArray<PlannedHighlight>;
  /** In-workbook links (the Checks sheet): cell address → target "'Sheet'!B7". */
  readonly links: ReadonlyArray<{
    readonly address: string;
    readonly target: string;
    readonly text: string;
  }>;
};

/** The whole workbook the add-in builds, and the .xlsx export writes: decided once, here. */
export type WorkbookPlan = {
  readonly sheets: ReadonlyArray<SheetPlan>;
  /** Workbook names, each a formula like "='Sheet'!$A$5:$J$40": `IIJ_FXRATE` and one per table. */
  readonly names: ReadonlyArray<{
    readonly name: string;
    readonly refersTo: string;
    readonly comment: string;
  }>;
  /** Every dataset cell placed, for reading the workbook back as figures. */
  readonly placements: ReadonlyArray<PlacedCell>;
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    readonly description: string;
  };
  /**
   * The engine's report over the figures placed, as the plan writes them: what its Checks sheet
   * lists and what a load reports. Checked once, when the plan is built.
   */
  readonly report: CheckReport;
};
