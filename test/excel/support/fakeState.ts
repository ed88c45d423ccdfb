/** What a fake workbook holds; tests compare it before and after an action. */
export type CellState = { value: unknown; numberFormat: string };

/** One conditional format the fake holds. */
export type ConditionalFormatState = {
  id: number;
  address: string;
  type: string;
  formula: string;
  fill: string;
  font: string;
};

/** One worksheet the fake holds. */
export type SheetState = {
  id: number;
  name: string;
  /** "row,column" → cell. */
  cells: Record<string, CellState>;
  /** Formatting set through ranges and areas: "address|property" → value. */
  formats: Record<string, unknown>;
  conditionalFormats: ConditionalFormatState[];
  notes: Array<{ id: number; address: string; content: string }>;
  comments: Array<{ id: number; address: string; content: string }>;
  freeze: string | null;
  hyperlinks: Record<string, { documentReference?: string; textToDisplay?: string }>;
};

/** The whole fake workbook. */
export type WorkbookState = {
  sheets: SheetState[];
  names: Array<{ name: string; formula: string; comment: string }>;
  settings: Record<string, unknown>;
  protected: boolean;
  active: string | null;
  selection: { sheet: string; address: string; formulas?: string } | null;
  nextId: number;
  /** Handlers of worksheets.onSelectionChanged, called after each selection (as Excel does). */
  selectionHandlers?: Array<(args: Excel.WorksheetSelectionChangedEventArgs) => unknown>;
};

/** One Office.js call the code queued (property set, method call or load). */
export type FakeCall = { readonly target: string; readonly op: string; readonly args: unknown };

/** An error as Office.js raises it. */
export class FakeOfficeError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Knobs a test turns to make the fake fail like Excel can. */
export type FakeFailures = {
  /** Fail the sync numbered so (1-based) at its call whose op matches, after the earlier calls ran. */
  failAtSync?: { sync: number; op?: string; code: string };
  /** Reject worksheets.add beyond this many sheets. */
  sheetLimit?: number;
};

/** An empty workbook with one user sheet. */
export function emptyWorkbook(): WorkbookState {
  return {
    sheets: [],
    names: [],
    settings: {},
    protected: false,
    active: null,
    selection: null,
    nextId: 1,
  };
}

/** Adds a user's sheet with some values (row-major from A1). */
export function addUserSheet(
  state: WorkbookState,
  name: string,
  values: ReadonlyArray<ReadonlyArray<unknown>>
): SheetState {
  const sheet = blankSheet(state, name);
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      sheet.cells[`${r},${c}`] = { value, numberFormat: "General" };
    })
  );
  state.sheets.push(sheet);
  return sheet;
}

/** A new empty sheet with the next id. */
export function blankSheet(state: WorkbookState, name: string): SheetState {
  const id = state.nextId;
  state.nextId += 1;
  return {
    id,
    name,
    cells: {},
    formats: {},
    conditionalFormats: [],
    notes: [],
    comments: [],
    freeze: null,
    hyperlinks: {},
  };
}

/** Excel's sheet-name comparison. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Rewrites quoted references to a renamed sheet, as Excel does in formulas, formats and names. */
export function renameReferences(state: WorkbookState, from: string, to: string): void {
  const quote = (s: string) => `'${s.replace(/'/g, "''")}'!`;
  const [before, after] = [quote(from), quote(to)];
  const rewrite = (text: string) => (text.includes(before) ? text.split(before).join(after) : text);
  for (const sheet of state.sheets) {
    for (const cell of Object.values(sheet.cells)) {
      if (typeof cell.value === "string" && cell.value.startsWith("=")) {
        cell.value = rewrite(cell.value);
      }
    }
    for (const cf of sheet.conditionalFormats) {
      cf.formula = rewrite(cf.formula);
    }
  }
  for (const name of state.names) {
    name.formula = rewrite(name.formula);
  }
}

/** Deleting a sheet turns names pointing at it into #REF!, as Excel does. */
export function breakReferences(state: WorkbookState, deleted: string): void {
  const quoted = `'${deleted.replace(/'/g, "''")}'!`;
  for (const name of state.names) {
    if (name.formula.includes(quoted) || name.formula.startsWith(`=${deleted}!`)) {
      name.formula = "=#REF!";
    }
  }
}
