import ExcelJS from "exceljs";
import { readFileSync, statSync } from "fs";
import { extname } from "path";
import type { GridOrigin } from "../core/inference/GridAddress";
import type { GridCell } from "../core/inference/GridCell";
import { parseCsv } from "../core/inference/parseCsv";
import { type CellRange, parseRange } from "../core/inference/parseRange";
import { rangeAddress } from "../core/layout/a1";

/** The largest file `--table` reads: 20 MB (a 10,000 × 20 statement is about 2 MB as CSV). */
export const MAX_TABLE_FILE_BYTES = 20 * 1024 * 1024;
/** The most cells `--table` checks at once. */
export const MAX_TABLE_CELLS = 2_000_000;

/** A file's cells, where they sit on their sheet, or why the file cannot be read. */
export type TableFile =
  | {
      readonly ok: true;
      readonly grid: GridCell[][];
      readonly origin: GridOrigin;
      readonly sheet: string;
    }
  | { readonly ok: false; readonly message: string };

type Sparse = { cells: Map<number, Map<number, GridCell>>; bottom: number; right: number };

function fail(file: string, reason: string): TableFile {
  return { ok: false, message: `cannot read ${file}: ${reason}` };
}

// exceljs gives a cell's value as one of several shapes; each is turned into what it displays.
function cellOf(value: ExcelJS.CellValue, format: string | undefined): GridCell | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === "number") {
    return { text: String(value), number: value, format };
  }
  if (typeof value === "string") {
    return { text: value };
  }
  if (typeof value === "boolean") {
    return { text: value ? "TRUE" : "FALSE" };
  }
  if (value instanceof Date) {
    return { text: value.toISOString().slice(0, 10) };
  }
  if ("richText" in value) {
    return { text: value.richText.map((r) => r.text).join("") };
  }
  if ("error" in value) {
    return { text: String(value.error) };
  }
  if ("result" in value) {
    return cellOf((value.result ?? null) as ExcelJS.CellValue, format);
  }
  if ("text" in value) {
    return { text: String(value.text) };
  }
  return null;
}

function crop(sparse: Sparse, range: CellRange): GridCell[][] {
  const grid: GridCell[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const source = sparse.cells.get(r);
    const row: GridCell[] = [];
    if (source !== undefined) {
      for (const [c, cell] of source) {
        if (c >= range.left && c <= range.right) {
          row[c - range.left] = cell;
        }
      }
    }
    grid.push(row);
  }
  return grid;
}

async function readSparse(
  file: string,
  sheetName: string | undefined
): Promise<{ sparse: Sparse; sheet: string } | string> {
  const cells = new Map<number, Map<number, GridCell>>();
  let bottom = -1;
  let right = -1;
  const put = (r: number, c: number, cell: GridCell | null): void => {
    if (cell === null || (cell.number === undefined && cell.text.trim() === "")) {
      return;
    }
    let row = cells.get(r);
    if (row === undefined) {
      row = new Map();
      cells.set(r, row);
    }
    row.set(c, cell);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  const extension = extname(file).toLowerCase();
  if (extension === ".csv") {
    const csv = parseCsv(readFileSync(file, "utf8"));
    if (!csv.ok) {
      return `not RFC 4180 CSV (${csv.message})`;
    }
    csv.rows.forEach((fields, r) => fields.forEach((text, c) => put(r, c, { text })));
    return { sparse: { cells, bottom, right }, sheet: "" };
  }
  if (extension !== ".xlsx") {
    return "not a .csv or .xlsx file";
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    return `not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`;
  }
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (sheet === undefined) {
    const names = workbook.worksheets.map((w) => `'${w.name}'`).join(", ");
    return sheetName === undefined
      ? "the workbook has no sheet"
      : `no sheet named '${sheetName}' (it has ${names})`;
  }
  sheet.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) =>
      put(r - 1, c - 1, cellOf(cell.value, cell.numFmt))
    )
  );
  return { sparse: { cells, bottom, right }, sheet: sheet.name };
}

/**
 * Reads the cells `--table` checks: a CSV (UTF-8, with or without a byte-order mark, RFC 4180)
 * or an XLSX sheet's values with their number formats, the whole used area or `range`. Writes
 * nothing anywhere.
 *
 * @param file - the path
 * @param sheet - the XLSX sheet, the first when absent
 * @param range - an A1 range, the used area when absent
 * @returns the grid and where it sits on the sheet, or a message naming the file and the reason
 * @example
 * await readTableFile("statement.csv") //=> { ok: true, grid: [...], origin: { row: 0, column: 0 }, sheet: "" }
 */
export async function readTableFile(
  file: string,
  sheet?: string,
  range?: string
): Promise<TableFile> {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      return fail(file, "not a file");
    }
    size = stat.size;
  } catch {
    return fail(file, "not found");
  }
  if (size > MAX_TABLE_FILE_BYTES) {
    return fail(
      file,
      `it has ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${MAX_TABLE_FILE_BYTES / 1024 / 1024} MB`
    );
  }
  if (sheet !== undefined && extname(file).toLowerCase() === ".csv") {
    return fail(file, "--sheet applies to .xlsx files, and this is a CSV");
  }
  const wanted = range === undefined ? undefined : parseRange(range);
  if (wanted === null) {
    return fail(file, `'${range}' is not an A1 range on a sheet`);
  }
  const read = await readSparse(file, sheet);
  if (typeof read === "string") {
    return fail(file, read);
  }
  const { sparse } = read;
  if (sparse.bottom < 0) {
    return { ok: true, grid: [], origin: { row: 0, column: 0 }, sheet: read.sheet };
  }
  const used: CellRange = { top: 0, left: 0, bottom: sparse.bottom, right: sparse.right };
  const area = wanted ?? used;
  if (area.top > used.bottom || area.left > used.right) {
    return fail(
      file,
      `the range ${range} is outside the used area ${rangeAddress(0, 0, used.bottom + 1, used.right + 1)}`
    );
  }
  const bounded = {
    ...area,
    bottom: Math.min(area.bottom, used.bottom),
    right: Math.min(area.right, used.right),
  };
  const cellCount = (bounded.bottom - bounded.top + 1) * (bounded.right - bounded.left + 1);
  if (cellCount > MAX_TABLE_CELLS) {
    return fail(
      file,
      `${cellCount.toLocaleString("en-US")} cells, over the limit of ${MAX_TABLE_CELLS.toLocaleString("en-US")}; give a --range`
    );
  }
  return {
    ok: true,
    grid: crop(sparse, bounded),
    origin: { row: bounded.top, column: bounded.left },
    sheet: read.sheet,
  };
}
