import type { GridValue } from "../core/layout/gridSources";
import type { SheetPlan } from "../core/layout/WorkbookPlan";
import { alignSequences } from "./alignSequences";

/** A planned table block and the values of the area that holds it now. */
export type TableOnSheet = {
  /** The table's rectangle as planned: header lines and figure rows, labels in its first column. */
  readonly planned: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
  /** The rectangle's top-left cell now, and its values now (Excel grew or moved it with the user's edits). */
  readonly current: {
    readonly row: number;
    readonly column: number;
    readonly values: ReadonlyArray<ReadonlyArray<GridValue>>;
  };
};

/** Where a table's planned rows and columns are now: planned index → current index, both zero-based on the sheet. */
export type TableLocation = {
  readonly rows: ReadonlyMap<number, number>;
  readonly columns: ReadonlyMap<number, number>;
};

function text(value: GridValue): string {
  return String(value ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase();
}

/** Pairs the columns left unpaired between two paired ones when both sides left as many. */
function fillGaps(
  pairs: ReadonlyMap<number, number>,
  planned: number,
  current: number
): Map<number, number> {
  const filled = new Map(pairs);
  const anchors: Array<[number, number]> = [
    [-1, -1],
    ...[...pairs].sort((a, b) => a[0] - b[0]),
    [planned, current],
  ];
  for (let k = 1; k < anchors.length; k += 1) {
    const [p0, c0] = anchors[k - 1];
    const [p1, c1] = anchors[k];
    if (p1 - p0 === c1 - c0) {
      for (let d = 1; p0 + d < p1; d += 1) {
        filled.set(p0 + d, c0 + d);
      }
    }
  }
  return filled;
}

/**
 * Finds a table's rows by their labels and its columns by their headers in the area that holds
 * it now, so the figures are read where the user's inserted rows and columns, deleted rows and
 * moves put them. A figure row whose label is no longer there (deleted, or its label edited) is
 * not found; a column whose header is gone is found only when its neighbours pin its place.
 *
 * @param plan - the sheet as planned (values, header rows)
 * @param table - the planned rectangle and the current area's values
 * @returns where each planned row and column of the table is now
 * @example
 * locateTable(sheetPlan, { planned, current: rowInsertedAbove }).rows.get(7) //=> 8
 */
export function locateTable(plan: SheetPlan, table: TableOnSheet): TableLocation {
  const { planned, current } = table;
  const headerRows = plan.headerRows.filter(
    (r) => r >= planned.row && r < planned.row + planned.rows
  );
  const dataRows: number[] = [];
  for (let r = planned.row; r < planned.row + planned.rows; r += 1) {
    if (!headerRows.includes(r)) {
      dataRows.push(r);
    }
  }
  const labelOf = (r: number) => text(plan.values[r]?.[planned.column]);
  const rowPairs = alignSequences(
    dataRows.map((r) => (labelOf(r) === "" ? null : labelOf(r))),
    current.values.map((row) => text(row[0]))
  );
  const rows = new Map<number, number>();
  rowPairs.forEach((j, i) => rows.set(dataRows[i], current.row + j));
  if (rows.size === 0) {
    return { rows, columns: new Map() };
  }
  // The header lines now: above the first figure row found, in order, each holding all the
  // texts of its planned line (a row the user inserted among them holds other texts).
  const firstFound = Math.min(...rowPairs.values());
  const headers: Array<ReadonlyArray<GridValue> | null> = [];
  let next = 0;
  for (const r of headerRows) {
    const wanted = plan.values[r].map(text).filter((t) => t !== "");
    let found: number | null = null;
    for (let j = next; j < firstFound && found === null; j += 1) {
      const texts = new Set(current.values[j].map(text));
      if (wanted.length > 0 && wanted.every((t) => texts.has(t))) {
        found = j;
      }
    }
    headers.push(found === null ? null : current.values[found]);
    next = found === null ? next : found + 1;
  }
  const plannedKeys: Array<string | null> = [];
  for (let c = planned.column + 1; c < planned.column + planned.columns; c += 1) {
    const parts = headerRows.map((r) => text(plan.values[r]?.[c]));
    plannedKeys.push(parts.every((p) => p === "") ? null : parts.join("\u0001"));
  }
  const width = Math.max(0, ...current.values.map((row) => row.length)) - 1;
  const currentKeys = Array.from({ length: Math.max(0, width) }, (_, j) =>
    headers.map((row) => (row === null ? "" : text(row[j + 1]))).join("\u0001")
  );
  const columnPairs = fillGaps(
    alignSequences(plannedKeys, currentKeys),
    plannedKeys.length,
    currentKeys.length
  );
  const columns = new Map<number, number>([[planned.column, current.column]]);
  columnPairs.forEach((j, i) => columns.set(planned.column + 1 + i, current.column + 1 + j));
  return { rows, columns };
}
