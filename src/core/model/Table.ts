import type { Localized } from "./Edition";
import type { ReportedFigure } from "./ReportedFigure";
import type { Unit } from "./Unit";

/** What a table is, for grouping into sheets and for the functions' `statement` argument. */
export type TableKind =
  "operations" | "balanceSheet" | "cashFlows" | "operatingData" | "nonGaap" | "crossSelling";

/**
 * A column of a table. Amount columns hold amounts in `unit` for `period`; a `usd` column is the
 * convenience translation of another amount column; `share` and `change` columns hold printed
 * percentages and name their base, so every percentage can be recomputed from amounts.
 */
export type Column =
  | {
      readonly kind: "amount";
      readonly id: string;
      readonly period: string;
      readonly unit: Unit;
    }
  | {
      readonly kind: "usd";
      readonly id: string;
      readonly period: string;
      /** The JPY column this column translates at the release's rate. */
      readonly translates: string;
      readonly unit: Unit;
    }
  | {
      readonly kind: "share";
      readonly id: string;
      readonly period: string;
      /** The amount column whose rows are divided by the base row. */
      readonly of: string;
      /** The row every share of this column is a share of (total revenues, total assets). */
      readonly baseItem: string;
    }
  | {
      readonly kind: "change";
      readonly id: string;
      readonly period: string;
      /** The current period's amount column. */
      readonly current: string;
      /** The prior period's amount column; change = current ÷ prior − 1, as the release does. */
      readonly prior: string;
      /** Year over year or quarter over quarter. */
      readonly comparison: "yearOverYear" | "quarterOverQuarter";
    }
  | {
      /** A rate printed as a percentage with no base in the tables (cross-selling rates). */
      readonly kind: "rate";
      readonly id: string;
      readonly period: string;
    };

/** A signed part of a subtotal or total: `sign` is +1 when added, −1 when subtracted. */
export type Term = {
  readonly item: string;
  readonly sign: 1 | -1;
};

/** What a row is: a heading (no figures), an item, or a subtotal/total computed from its children. */
export type RowRole = "heading" | "item" | "subtotal" | "total";

/**
 * A line of a table. Subtotals and totals list their children with signs; that one description is
 * what the footing checks evaluate and what the workbook's formulas are generated from.
 */
export type Row = {
  readonly id: string;
  readonly role: RowRole;
  /** Indentation as printed: 0 for a section, 1 for its lines, 2 for lines under a sub-heading. */
  readonly level: number;
  /**
   * The label per edition: as printed in this table, except where `labelFrom` says otherwise.
   * Every row has a Japanese label.
   */
  readonly label: Localized;
  /**
   * Where a Japanese label not printed in this table came from (the Japanese edition does not
   * print the table): the row the Japanese edition prints for the same line item in another
   * table, or "translated", the project's own translation where it prints no such line item.
   */
  readonly labelFrom?: {
    readonly ja: { readonly table: string; readonly item: string } | "translated";
  };
  /** Further names a user may type for this item ("SI", "D&A"). */
  readonly aliases?: ReadonlyArray<string>;
  readonly children?: ReadonlyArray<Term>;
  /** The unit of this row's amounts where it is not the column's (per-share rows are in JPY). */
  readonly unit?: Unit;
  /** The row this row's share cells divide by, where it is not the column's `baseItem`
   * (balance-sheet liabilities and equity are shares of total liabilities and equity). */
  readonly shareBase?: string;
  /** When false, the row's share and change cells are not checked (per-share and count rows). */
  readonly checked?: boolean;
};

/** A table's figures in one edition: per row id, one entry per column (null: an empty cell). */
export type TableFigures = Readonly<Record<string, ReadonlyArray<ReportedFigure | null>>>;

/**
 * One table of the release, as printed, in the editions that print it. `figures[edition][rowId]`
 * has one entry per column (null where the release leaves the cell empty).
 */
export type Table = {
  readonly id: string;
  readonly kind: TableKind;
  /**
   * The title per edition. Every table of the release has a Japanese title: the one the Japanese
   * edition prints above the table, except where `titleFrom` says otherwise.
   */
  readonly title: Localized;
  /**
   * Where a Japanese title the Japanese edition does not print came from (it does not print the
   * table): "translated", the project's own translation of the English title.
   */
  readonly titleFrom?: {
    readonly ja: "translated";
  };
  /** Where the release prints it: "Appendix 1", "Table 3". */
  readonly source: Localized;
  /** The unit line's main unit; columns and rows may refine it. */
  readonly unit: Unit;
  readonly columns: ReadonlyArray<Column>;
  /** Column headers as printed, per edition: one array of strings per header line. */
  readonly headers: {
    readonly en?: ReadonlyArray<ReadonlyArray<string>>;
    readonly ja?: ReadonlyArray<ReadonlyArray<string>>;
  };
  readonly rows: ReadonlyArray<Row>;
  readonly figures: {
    readonly en?: TableFigures;
    readonly ja?: TableFigures;
  };
  /**
   * Where each row is printed: per edition, the 1-based line of the release's text that holds the
   * row's figures, one entry per row in row order (read by the dataset build, never typed).
   */
  readonly lines?: {
    readonly en?: ReadonlyArray<number>;
    readonly ja?: ReadonlyArray<number>;
  };
  /** Facts from the table's footnotes that change its arithmetic, per edition. */
  readonly notes?: ReadonlyArray<Localized>;
};
