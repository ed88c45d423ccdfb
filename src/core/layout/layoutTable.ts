import type { Edition } from "../model/Edition";
import type { Column, Table } from "../model/Table";
import type { Unit } from "../model/Unit";
import { a1 } from "./a1";
import { asFraction } from "./asFraction";
import { numberFormatFor } from "./numberFormatFor";
import { addRow, type SheetDraft } from "./SheetDraft";
import { unitLine } from "./unitLine";
import type { PlannedValue } from "./WorkbookPlan";

/** Where a table landed on its sheet: its header and figure rows, for the table's workbook name. */
export type TableArea = {
  readonly table: Table;
  readonly firstRow: number;
  /** The first row of figures, below the header lines. */
  readonly dataRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
};

function unitOf(column: Column, rowUnit: Unit | undefined): Unit {
  switch (column.kind) {
    case "amount":
    case "usd":
      return rowUnit ?? column.unit;
    case "share":
    case "change":
    case "rate":
      return "percent";
  }
}

function localized(text: { readonly en: string; readonly ja?: string }, edition: Edition): string {
  return edition === "ja" ? (text.ja ?? text.en) : text.en;
}

/**
 * Lays one table of one edition out on a sheet: its unit line, its header lines as printed, a
 * row per line item (labels indented by level, figures as numbers in their unit, percentages as
 * fractions) and the source line; records where every figure went.
 *
 * @param draft - the sheet being laid out
 * @param table - the table
 * @param edition - the edition whose figures are placed
 * @param rateText - the translation rate as printed, for the unit line
 * @param withTitle - whether to print the table's title first (tables sharing a sheet)
 * @param rate - the translation rate to write in a cell of its own under the unit line, or null
 * @returns where the table landed, the rows that may overflow column A, the rate's row
 * @example
 * layoutTable(draft, balanceSheet, "en", "118.07", false, null).area.firstRow //=> 3
 */
export function layoutTable(
  draft: SheetDraft,
  table: Table,
  edition: Edition,
  rateText: string,
  withTitle: boolean,
  rate: number | null
): {
  readonly area: TableArea;
  readonly wideRows: ReadonlyArray<number>;
  readonly rateRow: number | null;
} {
  const figures = table.figures[edition] ?? {};
  const wideRows: number[] = [];
  if (withTitle) {
    const title = addRow(draft, [localized(table.title, edition)]);
    draft.headerRows.push(title);
    wideRows.push(title);
  }
  wideRows.push(addRow(draft, [unitLine(table, edition, rateText)]));
  const rateLabel = edition === "ja" ? "換算レート(円/米ドル)" : "Translation rate (JPY per USD)";
  const rateRow = rate === null ? null : addRow(draft, [rateLabel, rate], ["General", "0.00"]);
  const headers = table.headers[edition] ?? table.headers.en ?? [table.columns.map((c) => c.id)];
  const firstRow = draft.values.length;
  for (const line of headers) {
    draft.headerRows.push(addRow(draft, ["", ...line]));
  }
  const dataRow = draft.values.length;
  for (const row of table.rows) {
    const label = localized(row.label, edition);
    const printed = figures[row.id];
    const values: PlannedValue[] = [label];
    const formats: string[] = ["General"];
    const r = draft.values.length;
    table.columns.forEach((column, c) => {
      const figure = printed?.[c] ?? null;
      if (figure === null) {
        values.push(null);
        formats.push("General");
        return;
      }
      const unit = unitOf(column, row.unit);
      const percent = unit === "percent";
      const nil = figure.value === null;
      values.push(nil ? 0 : percent ? asFraction(figure.value as number) : figure.value);
      formats.push(numberFormatFor(unit, figure.decimals, nil));
      draft.placements.push({
        edition,
        ref: { table: table.id, item: row.id, column: column.id },
        sheet: draft.name,
        address: a1(r, c + 1),
        row: r,
        column: c + 1,
        storage: percent ? "percent" : "amount",
        decimals: figure.decimals,
        ...(nil ? { printedNil: true } : {}),
      });
    });
    addRow(draft, values, formats, row.level);
    if (row.role === "total" || row.role === "subtotal") {
      draft.totalRows.push(r);
    }
  }
  const lastRow = draft.values.length - 1;
  const source = edition === "ja" ? "出典" : "Source";
  wideRows.push(addRow(draft, [`${source}: ${localized(table.source, edition)}`]));
  for (const note of table.notes ?? []) {
    wideRows.push(addRow(draft, [localized(note, edition)]));
  }
  return {
    area: { table, firstRow, dataRow, lastRow, lastColumn: table.columns.length },
    wideRows,
    rateRow,
  };
}
