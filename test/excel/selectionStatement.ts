import type { ModelCells } from "./officeJs/officeJsHarness";
import { type SheetState, type WorkbookState, addUserSheet } from "./support/fakeState";

/** A cell as a user's sheet holds it: value, text as displayed, number format. */
export type SheetCell = { readonly value: unknown; readonly text: string; readonly format: string };

const AMOUNT = "#,##0;(#,##0)";
const PERCENT = "0.0%;(0.0%)";

function amount(value: number): SheetCell {
  const text = Math.abs(value).toLocaleString("en-US");
  return { value, text: value < 0 ? `(${text})` : text, format: AMOUNT };
}

function percent(exact: number): SheetCell {
  // What a preparer types: the percentage rounded to one decimal, stored as a fraction.
  const shown = Math.round(exact * 10) / 10;
  return { value: shown / 100, text: `${shown.toFixed(1)}%`, format: PERCENT };
}

function text(value: string): SheetCell {
  return { value, text: value, format: "General" };
}

const EMPTY: SheetCell = { value: "", text: "", format: "General" };

/**
 * A statement as a user's sheet would hold it: a header line, then blocks of `items` rows and
 * a total row each, a reference and a label first; per period an amount and its % of the block's total, then the change of
 * each period over the next; a text column last. Amounts are numbers formatted `#,##0`,
 * percentages fractions formatted `0.0%`, all consistent.
 *
 * @param rows - data rows wanted (blocks are cut to fit)
 * @param periods - periods (amount + % columns each): 6 make 20 columns
 * @param items - item rows per block
 * @returns the cells, row by row
 */
export function statementCells(rows: number, periods: number, items = 9): SheetCell[][] {
  const header: SheetCell[] = [text("Ref"), text("Item")];
  for (let p = 0; p < periods; p++) {
    header.push(text(`P${p} JPY`), text(`P${p} % of total`));
  }
  for (let p = 0; p + 1 < periods; p++) {
    header.push(text(`P${p} vs P${p + 1} change %`));
  }
  header.push(text("Note"));
  const out: SheetCell[][] = [header];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  let block = 0;
  while (out.length - 1 < rows) {
    block += 1;
    const amounts = Array.from({ length: items }, () =>
      Array.from({ length: periods }, () => 200_000 + (next() % 3_000_000))
    );
    const totals = Array.from({ length: periods }, (_, p) =>
      amounts.reduce((sum, row) => sum + row[p], 0)
    );
    const line = (label: string, values: number[], note: string): SheetCell[] => {
      const row: SheetCell[] = [text(`R${out.length}`), text(label)];
      values.forEach((v, p) => row.push(amount(v), percent((v / totals[p]) * 100)));
      for (let p = 0; p + 1 < periods; p++) {
        row.push(percent((values[p] / values[p + 1] - 1) * 100));
      }
      row.push(text(note));
      return row;
    };
    amounts.forEach((values, i) => out.push(line(`Item ${block}.${i + 1}`, values, "")));
    out.push(line(`Total ${block}`, totals, "checked"));
  }
  return out.slice(0, rows + 1).map((row) => row.map((cell) => cell ?? EMPTY));
}

/**
 * The cells as the harness's model of a sheet holds them, placed at a zero-based corner.
 *
 * @param cells - the cells
 * @param at - where the top-left cell goes
 * @returns the model's cells
 */
export function modelCells(
  cells: ReadonlyArray<ReadonlyArray<SheetCell>>,
  at: { row: number; column: number } = { row: 0, column: 0 }
): ModelCells {
  const pad = <T>(of: (c: SheetCell) => T, empty: T): T[][] => [
    ...Array.from({ length: at.row }, () => []),
    ...cells.map((row) => [...Array.from({ length: at.column }, () => empty), ...row.map(of)]),
  ];
  return {
    values: pad((c) => c.value, ""),
    text: pad((c) => c.text, ""),
    numberFormat: pad((c) => c.format, "General"),
  };
}

/**
 * Adds a user's sheet holding the cells from A1 (values and number formats) to the adapter's fake.
 *
 * @param state - the fake workbook
 * @param name - the sheet's name
 * @param cells - the cells
 * @returns the sheet
 */
export function addStatementSheet(
  state: WorkbookState,
  name: string,
  cells: ReadonlyArray<ReadonlyArray<SheetCell>>
): SheetState {
  const sheet = addUserSheet(
    state,
    name,
    cells.map((row) => row.map((c) => c.value))
  );
  cells.forEach((row, r) =>
    row.forEach((c, col) => {
      sheet.cells[`${r},${col}`].numberFormat = c.format;
    })
  );
  return sheet;
}
