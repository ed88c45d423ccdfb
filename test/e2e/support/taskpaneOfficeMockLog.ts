/** What the in-page Excel did, read back with page.evaluate(() => window.__officeMock). */
export type OfficeMockLog = {
  /** Excel.run batches. */
  runs: number;
  syncs: number;
  /** The workbook's sheets after the last batch, in order. */
  sheets: string[];
  /** "Sheet!A1" for every cell the pane selected. */
  selected: string[];
  /** Formulas put into the selected cell (as a JSON 2-D array). */
  formulas: string[];
  /** Conditional formats per sheet after the last batch. */
  rules: Record<string, number>;
  /** Every sheet's cells after the last batch, as JSON (to see that none changed). */
  cells: string;
};
