import type { Dataset } from "./Dataset";
import type { Period } from "./Period";
import type { DatasetPrinted } from "./PrintedColumns";
import type { Row, Table } from "./Table";
import type { TableRows } from "./TableRows";

/** Where an item appears: a table and the row there. */
export type ItemPlacement = {
  readonly table: Table;
  readonly row: Row;
};

/** An amount cell for an item in a period: which table and column hold it. */
export type AmountPlacement = {
  readonly table: Table;
  readonly row: Row;
  readonly columnIndex: number;
};

/**
 * The dataset indexed once, for O(1) lookups: tables, periods and items by id, items by every
 * name a user may type, column positions, and an item's amount cells by period.
 */
export type DatasetIndex = {
  readonly dataset: Dataset;
  readonly tables: ReadonlyMap<string, Table>;
  readonly periods: ReadonlyMap<string, Period>;
  /** Item id → every table row it appears in, in dataset order. */
  readonly items: ReadonlyMap<string, ReadonlyArray<ItemPlacement>>;
  /** Normalized label, alias, standard name or id → the item ids it names (several when ambiguous). */
  readonly names: ReadonlyMap<string, ReadonlyArray<string>>;
  /** `table|column` → the column's position in its table. */
  readonly columnPositions: ReadonlyMap<string, number>;
  /** `item|period` → the amount cells (JPY, contracts, Gbps, rates; not USD) for that period. */
  readonly amounts: ReadonlyMap<string, ReadonlyArray<AmountPlacement>>;
  /**
   * The printed figures per edition as typed arrays over every table's cells, numbered as the
   * rules number them (`DatasetPrinted`): the dataset's figures in the form the engine checks,
   * read from the figure objects once per dataset, however many checks run.
   */
  readonly printed: DatasetPrinted;
  /** Per table, in dataset order, its rows' facts as typed arrays (`TableRows`). */
  readonly rows: ReadonlyArray<TableRows>;
};
