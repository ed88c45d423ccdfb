/** One cell of the dataset: a table, a row (item id) and a column id. */
export type CellRef = {
  readonly table: string;
  readonly item: string;
  readonly column: string;
};
