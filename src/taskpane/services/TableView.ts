import type { Edition } from "../../core/model/Edition";
import type { RowRole } from "../../core/model/Table";

/** A row of a table as the viewer shows it: label, indent, role, printed figures. */
export type TableViewRow = {
  readonly id: string;
  readonly label: string;
  readonly level: number;
  readonly role: RowRole;
  readonly cells: ReadonlyArray<string>;
};

/** One table of the release in one edition, as text to browse. */
export type TableView = {
  readonly id: string;
  /** The edition the figures are printed in. */
  readonly edition: Edition;
  /** The columns' ids, in order: with `id` and a row's id, where each figure is. */
  readonly columns: ReadonlyArray<string>;
  readonly title: string;
  readonly source: string;
  readonly unit: string;
  readonly headers: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<TableViewRow>;
};
