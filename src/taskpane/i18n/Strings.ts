import type { WorkbookErrorKind } from "../../excel/errors";
import type { RuleKind } from "../../core/checks/RuleKind";
import type { Severity } from "../../core/checks/Severity";
import type { Edition } from "../../core/model/Edition";
import type { TableKind } from "../../core/model/Table";
import type { RoundingMode } from "../../core/numbers/RoundingMode";
import type { Feature } from "../../excel/features";
import type { RelationKind } from "../../core/card/RelationKind";
import type { RuleVerdict } from "../../core/card/RuleVerdict";
import type { CardColumn } from "../../core/card/CardColumn";
import type { FormulaProblem } from "../playground/FormulaProblem";

/** What the pane says for each problem of a playground formula, by its kind. */
export type FormulaProblemTexts = {
  readonly [K in FormulaProblem["kind"]]: (problem: Extract<FormulaProblem, { kind: K }>) => string;
};

/** The task pane's language: English or Japanese. */
export type UiLanguage = "en" | "ja";

/**
 * Every text the task pane shows, in one language. `en.ts` and `ja.ts` each give all of it, so
 * `tsc` catches a label missing from either.
 */
export type Strings = {
  /** The language these strings are in. */
  readonly language: UiLanguage;
  readonly appTitle: string;
  readonly previewNotice: string;
  readonly previewWriteReason: string;
  readonly tabs: {
    readonly load: string;
    readonly check: string;
    readonly functions: string;
    readonly settings: string;
  };
  readonly tabListLabel: string;
  readonly editions: Readonly<Record<Edition | "both", string>>;
  readonly tableKinds: Readonly<Record<TableKind, string>>;
  readonly rules: Readonly<Record<RuleKind, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly roundingModes: Readonly<Record<RoundingMode, string>>;
  readonly load: {
    readonly edition: string;
    readonly tables: string;
    readonly loadButton: string;
    readonly loading: string;
    readonly chooseTables: string;
    readonly progress: (sheet: string, done: number, total: number) => string;
    readonly result: (sheets: number, major: number, minor: number) => string;
    readonly renamed: (wanted: string, actual: string) => string;
    readonly browse: string;
    readonly browseTable: string;
    readonly browseLoading: string;
    readonly item: string;
  };
  readonly check: {
    readonly run: string;
    readonly running: string;
    readonly summary: string;
    readonly rule: string;
    readonly checked: string;
    readonly notCheckable: string;
    readonly total: string;
    readonly filterSeverity: string;
    readonly filterRule: string;
    readonly all: string;
    readonly shown: (shown: number, total: number) => string;
    readonly none: string;
    readonly noneMatch: string;
    readonly findings: string;
    readonly clear: string;
    readonly cleared: (count: number) => string;
    /** Cleared, except rules Excel could not read back on the sheets named. */
    readonly clearedExcept: (count: number, sheets: string) => string;
    readonly notLocated: string;
    readonly source: (inExcel: boolean) => string;
    readonly nothingLoaded: string;
    readonly goToLoad: string;
    readonly filterTable: string;
    readonly filterEdition: string;
    /** A group's heading: the table and how many of its findings are major and minor. */
    readonly groupTitle: (title: string, major: number, minor: number) => string;
    /** The editions a finding was flagged in, e.g. "English and Japanese". */
    readonly inEditions: (editions: ReadonlyArray<string>) => string;
    readonly stale: string;
    readonly rerun: string;
    /** How to use the findings tree with the keyboard. */
    readonly treeHint: (canGoTo: boolean) => string;
  };
  /** "Check the selection": any table the user selected, in Excel. */
  readonly selection: {
    readonly heading: string;
    readonly hint: string;
    readonly check: string;
    readonly checking: string;
    readonly highlight: string;
    readonly clear: string;
    /** Why "Highlight in this sheet" waits: nothing checked yet. */
    readonly checkFirst: string;
    readonly empty: (sheet: string) => string;
    readonly notOneArea: string;
    readonly tooLarge: (cells: number, limit: number) => string;
    /** What was checked: the range, tables, relations, findings, requests. */
    readonly summary: (
      where: string,
      tables: number,
      relations: number,
      findings: number,
      requests: number
    ) => string;
    readonly relations: string;
    readonly unread: string;
    readonly notCheckable: string;
    readonly findings: string;
    readonly none: string;
    readonly more: (count: number) => string;
    readonly goTo: (cell: string) => string;
    readonly sheetGone: string;
    readonly highlighted: (rules: number, sheet: string) => string;
    /** Highlighting refused, nothing written: the rules it would take and the most it writes. */
    readonly tooManyRules: (rules: number, limit: number) => string;
    readonly cleared: (count: number) => string;
    readonly clearedExcept: (count: number, sheets: string) => string;
    /** A row by its sheet number and label (label may be ""): "row 30 (Total revenues)". */
    readonly rowName: (row: number, label: string) => string;
    /** A column by its letters and header (header may be ""): "column H (YoY %)". */
    readonly columnName: (column: string, header: string) => string;
    /** "38 of 38 cells consistent". */
    readonly support: (consistent: number, checkable: number) => string;
    /** One base of a share column; the rows it covers when there are several bases. */
    readonly shareBase: (base: string, of: string, rows: string | null) => string;
    readonly shareRelation: (
      column: string,
      bases: ReadonlyArray<string>,
      support: string
    ) => string;
    readonly changeRelation: (
      column: string,
      prior: string,
      current: string,
      formula: string,
      support: string
    ) => string;
    readonly footingRelation: (
      row: string,
      terms: string,
      columns: ReadonlyArray<string>,
      byLabel: boolean,
      support: string
    ) => string;
    /** "column H (YoY %) not understood: …". */
    readonly notUnderstood: (what: string, why: string) => string;
    readonly noSource: string;
    /** The best hypothesis of a percentage column, rejected. */
    readonly rejectedHypothesis: (hypothesis: string, rejection: string) => string;
    readonly shareHypothesis: (of: string, bases: ReadonlyArray<number>) => string;
    readonly changeHypothesis: (prior: string, current: string) => string;
    /** A row labelled a total that no block adds up to (rejection null), or whose best failed. */
    readonly totalRejected: (rejection: string | null) => string;
    readonly fewCells: (consistent: number, checkable: number, minimum: number) => string;
    readonly underTwoThirds: (consistent: number, checkable: number) => string;
    readonly tied: (consistent: number, checkable: number) => string;
    /** Why a covered cell is not checkable: a cell of its formula empty or text, a nil, … */
    readonly cellEmpty: (cell: string) => string;
    readonly notAFigure: (cell: string, text: string) => string;
    readonly nilDash: (cell: string) => string;
    readonly zeroDenominator: string;
    readonly overflow: string;
    /** An Excel error during a selection action, with what to do. */
    readonly failed: (message: string) => string;
  };
  readonly functions: {
    readonly reference: string;
    readonly example: string;
    readonly insert: (name: string) => string;
    readonly inserted: (formula: string) => string;
    readonly playground: string;
    readonly formula: string;
    readonly evaluate: string;
    readonly result: string;
    readonly loading: string;
    /** In the preview, what the reference's button does instead of Insert: try the example. */
    readonly tryExample: (name: string) => string;
    /** The formula as the playground read it, after curly quotes or full-width characters. */
    readonly readAs: (formula: string) => string;
    /** The size of a spilled answer, said to screen readers. */
    readonly spilled: (rows: number, columns: number) => string;
    /** The spilled grid's accessible name. */
    readonly resultOf: (formula: string) => string;
    /** The list of item names suggested for the text being typed. */
    readonly suggestions: string;
    readonly unknownFunction: (name: string, names: string) => string;
    readonly problems: FormulaProblemTexts;
  };
  readonly settings: {
    readonly rounding: string;
    readonly highlightMinor: string;
    readonly highlightMinorHint: string;
    readonly language: string;
    readonly storedIn: (inExcel: boolean) => string;
  };
  readonly features: {
    readonly title: string;
    readonly names: Readonly<Record<Feature, string>>;
    /** A feature switched off because Excel lacks the ExcelApi version it needs. */
    readonly off: (name: string, version: string) => string;
  };
  /** The figure card: where a figure is printed and what it must agree with. */
  readonly card: {
    readonly title: string;
    readonly close: string;
    /** In Excel, before a figure is selected. */
    readonly hint: string;
    readonly printed: string;
    readonly current: string;
    readonly period: string;
    readonly unit: string;
    readonly edition: string;
    readonly where: string;
    readonly section: string;
    readonly row: string;
    readonly column: string;
    readonly line: string;
    readonly relations: string;
    readonly noRelations: string;
    readonly relationKinds: Readonly<Record<RelationKind, string>>;
    readonly columns: Readonly<Record<CardColumn | "claim", string>>;
    readonly verdicts: Readonly<Record<RuleVerdict, string>>;
    readonly findings: string;
    readonly noFindings: string;
    /** The accessible name of a figure that opens its card. */
    readonly open: (label: string, figure: string) => string;
    /** The button on a finding that opens its figure's card. */
    readonly openFinding: string;
  };
  readonly errors: {
    readonly title: string;
    readonly load: (message: string) => string;
    readonly check: (message: string) => string;
    readonly clear: (message: string) => string;
    readonly goTo: (message: string) => string;
    readonly insert: (message: string) => string;
    readonly module: (message: string) => string;
    readonly settings: (message: string) => string;
    readonly dismiss: string;
    /** What each kind of Excel adapter error means and what to do, in this language. */
    readonly kinds: Readonly<Record<WorkbookErrorKind, string>>;
  };
  /** The card of a cell of a table checked with "Check the selection": what was inferred for it. */
  readonly cellCard: {
    readonly title: string;
    readonly asRead: string;
    /** What the check read in the cell. */
    readonly readings: Readonly<Record<"figure" | "text" | "blank", string>>;
    readonly rowLabel: string;
    readonly columnHeader: string;
    readonly table: string;
    /** No table of the check holds the cell. */
    readonly outside: string;
    readonly relations: string;
    readonly noRelations: string;
    readonly kinds: Readonly<Record<"share" | "change" | "footing", string>>;
    /** How many cells a relation explains: "explains 38 of 40 cells". */
    readonly explains: (consistent: number, checkable: number) => string;
    /** The cell's part in a relation: checked by it, or used to compute other cells. */
    readonly roles: Readonly<Record<"target" | "operand", (cells: number) => string>>;
    /** Before the operands of the cell's own rule: "from". */
    readonly from: string;
    /** The accessible name of a related cell's link. */
    readonly goTo: (cell: string) => string;
    readonly findings: string;
    readonly noFindings: string;
    readonly notCheckable: string;
    readonly unread: string;
    /** The cells changed since the check: the card shows nothing it inferred. */
    readonly stale: (cells: string) => string;
  };
};
