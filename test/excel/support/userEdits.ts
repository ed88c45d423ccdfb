import { parseArea } from "./FakeRange";
import { sameName, type SheetState, type WorkbookState } from "./fakeState";

/**
 * A user's edits of a sheet, applied to the fake as Excel applies them (Microsoft, "Insert or
 * delete rows and columns", "Move or copy cells"): cells, notes, comments, hyperlinks and the
 * ranges of conditional formats move with their cells; a workbook name's reference moves when
 * rows or columns are inserted above or left of it, grows when they are inserted inside it
 * (strictly below its first row or right of its first column), shrinks when some of its rows or
 * columns are deleted and becomes #REF! when all are; a cut-and-paste moves every reference that
 * lies wholly in the cut area. Formulas in cells are not rewritten: the fake never evaluates them.
 */
type Span = { readonly start: number; readonly end: number };

/** How one edit maps an index of its axis: insert `count` before `at`, or delete `count` from `at`. */
type AxisEdit = { readonly kind: "insert" | "delete"; readonly at: number; readonly count: number };

function mapSpan(span: Span, edit: AxisEdit): Span | null {
  if (edit.kind === "insert") {
    if (span.start >= edit.at) {
      return { start: span.start + edit.count, end: span.end + edit.count };
    }
    return span.end >= edit.at ? { start: span.start, end: span.end + edit.count } : span;
  }
  const last = edit.at + edit.count - 1;
  if (span.start >= edit.at && span.end <= last) {
    return null;
  }
  const removedBefore = (x: number) => Math.max(0, Math.min(x, last + 1) - edit.at);
  const start = span.start - removedBefore(span.start);
  const end = span.end - removedBefore(span.end + 1);
  return { start, end };
}

type Box = { row: number; column: number; rows: number; columns: number };

/** Maps a rectangle through an edit of rows or columns; null when it is deleted whole. */
type BoxMap = (box: Box) => Box | null;

function axisMap(axis: "row" | "column", edit: AxisEdit): BoxMap {
  return (box) => {
    const start = axis === "row" ? box.row : box.column;
    const size = axis === "row" ? box.rows : box.columns;
    const span = mapSpan({ start, end: start + size - 1 }, edit);
    if (span === null) {
      return null;
    }
    return axis === "row"
      ? { ...box, row: span.start, rows: span.end - span.start + 1 }
      : { ...box, column: span.start, columns: span.end - span.start + 1 };
  };
}

const address = (b: Box): string => parseArea.fromIndexes(b.row, b.column, b.rows, b.columns);

const NAME = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/;

function absolute(b: Box): string {
  return address(b)
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** Applies a rectangle map to everything on one sheet and to the names that point at it. */
function applyEdit(state: WorkbookState, sheetName: string, map: BoxMap): void {
  const sheet = state.sheets.find((s) => sameName(s.name, sheetName));
  if (sheet === undefined) {
    throw new Error(`No sheet ${sheetName}`);
  }
  const moved: SheetState["cells"] = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [row, column] = key.split(",").map(Number);
    const to = map({ row, column, rows: 1, columns: 1 });
    if (to !== null) {
      moved[`${to.row},${to.column}`] = cell;
    }
  }
  sheet.cells = moved;
  const cellOf = (a: string) => {
    const to = map(parseArea(a));
    return to === null ? null : address(to);
  };
  for (const kind of ["notes", "comments"] as const) {
    sheet[kind] = sheet[kind].flatMap((n) => {
      const to = cellOf(n.address);
      return to === null ? [] : [{ ...n, address: to }];
    });
  }
  sheet.hyperlinks = Object.fromEntries(
    Object.entries(sheet.hyperlinks).flatMap(([a, link]) => {
      const to = cellOf(a);
      return to === null ? [] : [[to, link]];
    })
  );
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    const areas = cf.address.split(",").flatMap((a) => {
      const to = map(parseArea(a));
      return to === null ? [] : [address(to)];
    });
    return areas.length === 0 ? [] : [{ ...cf, address: areas.join(",") }];
  });
  for (const name of state.names) {
    const match = NAME.exec(name.formula);
    const target = match === null ? undefined : (match[1]?.replace(/''/g, "'") ?? match[2]);
    if (match === null || target === undefined || !sameName(target, sheet.name)) {
      continue;
    }
    const to = map(parseArea(match[3].replace(/\$/g, "")));
    name.formula = to === null ? "=#REF!" : `='${sheet.name.replace(/'/g, "''")}'!${absolute(to)}`;
  }
}

function rowsOrColumns(
  state: WorkbookState,
  sheet: string,
  axis: "row" | "column",
  edit: AxisEdit
): void {
  applyEdit(state, sheet, axisMap(axis, edit));
}

/** Inserts `count` whole rows before the zero-based row `at`. */
export function insertRows(state: WorkbookState, sheet: string, at: number, count = 1): void {
  rowsOrColumns(state, sheet, "row", { kind: "insert", at, count });
}

/** Inserts `count` whole columns before the zero-based column `at`. */
export function insertColumns(state: WorkbookState, sheet: string, at: number, count = 1): void {
  rowsOrColumns(state, sheet, "column", { kind: "insert", at, count });
}

/** Deletes `count` whole rows from the zero-based row `at`. */
export function deleteRows(state: WorkbookState, sheet: string, at: number, count = 1): void {
  rowsOrColumns(state, sheet, "row", { kind: "delete", at, count });
}

/** Deletes `count` whole columns from the zero-based column `at`. */
export function deleteColumns(state: WorkbookState, sheet: string, at: number, count = 1): void {
  rowsOrColumns(state, sheet, "column", { kind: "delete", at, count });
}

/**
 * Cuts an area and pastes it with its top-left at (row, column), on the same sheet: what was at
 * the destination is replaced; references wholly inside the cut area follow it, references to
 * the replaced cells become #REF!.
 */
export function moveRange(
  state: WorkbookState,
  sheet: string,
  area: string,
  row: number,
  column: number
): void {
  const cut = parseArea(area);
  const dr = row - cut.row;
  const dc = column - cut.column;
  const inside = (b: Box, r: Box) =>
    b.row >= r.row &&
    b.column >= r.column &&
    b.row + b.rows <= r.row + r.rows &&
    b.column + b.columns <= r.column + r.columns;
  const destination = { ...cut, row, column };
  const map = (b: Box): Box | null => {
    if (inside(b, cut)) {
      return { ...b, row: b.row + dr, column: b.column + dc };
    }
    return inside(b, destination) ? null : b;
  };
  applyEdit(state, sheet, map);
}
