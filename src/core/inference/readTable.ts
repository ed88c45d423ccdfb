import type { CellReading } from "./CellReading";
import { isPercentHeader } from "./isPercentHeader";
import type { RowBlock } from "./splitTables";
import type { ColumnRole, GridColumn, TableGrid } from "./TableGrid";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** A column with decimals in this share of its figures, and no header saying so, may hold percentages. */
const DECIMAL_SHARE = 2 / 3;

type Figure = Extract<CellReading, { kind: "figure" }>;

function isYear(cell: Figure): boolean {
  return (
    cell.value !== null &&
    cell.decimals === 0 &&
    !cell.percent &&
    cell.value >= 1900 &&
    cell.value <= 2100 &&
    !cell.text.includes(",")
  );
}

function textOf(cell: CellReading): string {
  return cell.kind === "blank" ? "" : cell.text;
}

function labelOf(row: ReadonlyArray<CellReading>): { label: string; firstFigure: number } {
  let label = "";
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell.kind === "figure") {
      return { label, firstFigure: c };
    }
    if (cell.kind === "text" && label === "") {
      label = cell.text;
    }
  }
  return { label, firstFigure: -1 };
}

function roleOf(
  header: string,
  figures: ReadonlyArray<Figure>
): { role: ColumnRole; hinted: boolean } {
  const hinted = isPercentHeader(header) || figures.some((f) => f.percent);
  if (hinted) {
    return { role: "percent", hinted };
  }
  const numbers = figures.filter((f) => f.value !== null);
  const withDecimals = numbers.filter((f) => f.decimals > 0).length;
  return {
    role:
      numbers.length > 0 && withDecimals >= DECIMAL_SHARE * numbers.length ? "percent" : "amount",
    hinted,
  };
}

/**
 * Reads one table of a grid: the rows above its first figure are its header lines (a year such
 * as `2002` is a header, not a figure); each later row with a figure is a data row, labelled by
 * the text left of its first figure; each column with a figure is an amount or a percentage
 * column.
 *
 * @param rows - the whole grid, read
 * @param block - the table's rows
 * @param id - the table's name ("T1")
 * @returns the table, or null when it holds no figure
 * @example
 * readTable(rows, { top: 0, bottom: 31 }, "T1")?.columns.length //=> 9
 */
export function readTable(
  rows: ReadonlyArray<ReadonlyArray<CellReading>>,
  block: RowBlock,
  id: string
): TableGrid | null {
  let first = -1;
  for (let r = block.top; r < block.bottom && first < 0; r++) {
    if (rows[r].some((cell) => cell.kind === "figure" && !isYear(cell))) {
      first = r;
    }
  }
  if (first < 0) {
    return null;
  }
  const dataRows: number[] = [];
  const labels: string[] = [];
  const firsts: number[] = [];
  let width = 0;
  for (let r = first; r < block.bottom; r++) {
    const { label, firstFigure } = labelOf(rows[r]);
    if (firstFigure >= 0) {
      dataRows.push(r);
      labels.push(label);
      firsts.push(firstFigure);
      width = Math.max(width, rows[r].length);
    }
  }
  let japanese = labels.some((l) => JAPANESE.test(l));
  const columns: GridColumn[] = [];
  for (let c = 0; c < width; c++) {
    const figures: Figure[] = [];
    for (let i = 0; i < dataRows.length; i++) {
      const cell = rows[dataRows[i]][c];
      if (cell !== undefined && cell.kind === "figure" && firsts[i] <= c) {
        figures.push(cell);
      }
    }
    if (figures.length === 0) {
      continue;
    }
    const header = rows
      .slice(block.top, first)
      .map((row) => (row[c] === undefined ? "" : textOf(row[c])))
      .filter((t) => t !== "")
      .join(" ");
    japanese = japanese || JAPANESE.test(header);
    const { role, hinted } = roleOf(header, figures);
    let decimals = 0;
    if (role === "amount") {
      for (const f of figures) {
        decimals = Math.max(decimals, f.decimals);
      }
    }
    const scale = 10 ** decimals;
    const values = new Float64Array(dataRows.length).fill(NaN);
    const digits = new Uint8Array(dataRows.length);
    dataRows.forEach((r, i) => {
      const cell = rows[r][c];
      if (cell === undefined || cell.kind !== "figure") {
        return;
      }
      if (role === "amount") {
        values[i] = cell.value === null ? 0 : Math.round(cell.value * scale);
      } else if (cell.value !== null) {
        values[i] = cell.value;
        digits[i] = Math.min(cell.decimals, 255);
      }
    });
    columns.push({ index: c, header, role, hinted, decimals, values, digits });
  }
  const blank: CellReading = { kind: "blank" };
  return {
    id,
    edition: japanese ? "ja" : "en",
    top: block.top,
    bottom: block.bottom,
    rows: dataRows,
    labels,
    columns,
    cell: (row, column) => rows[row]?.[column] ?? blank,
  };
}
