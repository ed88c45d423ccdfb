/// <reference types="office-js" />
// The node build (tsconfig.node.json, used by the bench) leaves Office's types out.
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { columnLetters } from "../../../src/core/layout/a1";

/**
 * Runs the adapter against Microsoft's own client library: `@microsoft/office-js`'s
 * `excel-web-16.00.debug.js` loaded in jsdom, a real `Excel.RequestContext` per batch, and the
 * library's HTTP sender (`OfficeExtension.HttpUtility.sendRequest`, reached through a custom send
 * function) intercepted. Every request body the library serialises is recorded in bytes with its
 * action count, and answered from a small model of the workbook so the adapter's reads return
 * plausible values: sheets, names, settings, conditional formats, notes.
 */

/** One request as the library sent it. */
export type RecordedRequest = {
  /** UTF-8 bytes of the JSON body. */
  readonly bytes: number;
  readonly actions: number;
  /** Conditional formats added by the request. */
  readonly rulesAdded: number;
  /** Workbook names added by the request. */
  readonly namesAdded: number;
  /** Whether the request resumed calculation only after its writes (suspend call first). */
  readonly suspendsCalculation: boolean;
  /** Whether it wrote a formula: a cell value starting with "=" or a rule formula. */
  readonly writesFormulas: boolean;
  /** The error the harness answered with, if any. */
  readonly error?: string;
  /** UTF-8 bytes of the JSON answer (what a read brings back: Excel on the web limits it too). */
  readonly responseBytes: number;
  /** Whether it set any cell's values, formulas or number formats. */
  readonly writesCells: boolean;
};

/** A conditional format in the model. */
export type ModelRule = {
  readonly id: string;
  readonly range: string;
  formula: string;
  fill: string;
  font: string;
  /** Reading this rule back fails, as OfficeDev/office-js#6827 and #6835 report. */
  unreadable?: boolean;
};

/** A sheet's cells from A1, as `Range.values`, `Range.text` and `Range.numberFormat` give them. */
export type ModelCells = {
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly text: ReadonlyArray<ReadonlyArray<string>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<string>>;
};

/** A worksheet in the model. */
export type ModelSheet = {
  readonly id: string;
  name: string;
  rules: ModelRule[];
  notes: Array<{ readonly id: string; readonly address: string; readonly content: string }>;
  /** Its cells, for the reads of a selection; absent, every cell reads as empty. */
  cells?: ModelCells;
};

/** The workbook the harness answers from. */
export type HarnessModel = {
  sheets: ModelSheet[];
  names: Array<{ name: string; formula: string }>;
  readonly settings: Map<string, string>;
  protected: boolean;
  /** A rule written before a name it reads, or a name removed while a rule still reads it. */
  readonly orderViolations: string[];
  /** The selected rectangle (zero-based), for `getSelectedRange`; absent, A1 of the first sheet. */
  selection?: {
    readonly sheet: string;
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
};

/** A new model with one user sheet, as a fresh workbook. */
export function harnessWorkbook(): HarnessModel {
  return {
    sheets: [{ id: "{S0}", name: "Sheet1", rules: [], notes: [] }],
    names: [],
    settings: new Map(),
    protected: false,
    orderViolations: [],
  };
}

/** What the harness injects: a size limit (Excel on the web refuses above 5 MB) and failures. */
export type HarnessOptions = {
  /** Bytes above which a request is refused with RequestPayloadSizeLimitExceeded. */
  readonly limitBytes?: number;
  /** Refuses the request with this index (0-based over the runner's requests) with a code. */
  readonly failRequest?: { readonly index: number; readonly code: string };
};

/**
 * The requirement sets this build of the library implements, for the adapter's feature
 * detection: its Worksheet has comments but no notes (ExcelApi 1.18).
 *
 * @param version - the ExcelApi version
 * @returns whether the harness's library has it
 */
export function harnessRequirements(version: string): boolean {
  return version !== "1.18";
}

/** Excel on the web's documented limit on a request. */
export const EXCEL_WEB_LIMIT_BYTES = 5 * 1024 * 1024;

type OfficeWindow = {
  readonly Excel: {
    readonly RequestContext: new (url: string) => Excel.RequestContext;
    readonly run: <T>(
      context: Excel.RequestContext,
      batch: (context: Excel.RequestContext) => Promise<T>
    ) => Promise<T>;
  };
  readonly OfficeExtension: {
    readonly HttpUtility: {
      setCustomSendRequestFunc(func: (request: HttpRequest) => Promise<HttpResponse>): void;
    };
  };
};
type HttpRequest = { readonly url: string; readonly body: unknown };
type HttpResponse = { statusCode: number; headers: Record<string, string>; body: string };

let office: OfficeWindow | null = null;
const handlers = new Map<string, (body: string) => string>();

/** Loads the library once per process (about 150 ms) and routes requests by URL to runners. */
function officeWindow(): OfficeWindow {
  if (office === null) {
    const dom = new JSDOM("<!doctype html><html><body></body></html>", {
      runScripts: "outside-only",
      url: "https://localhost/",
    });
    const file = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
    dom.window.eval(readFileSync(file, "utf8"));
    // The library defines its globals on the window; only the two used here are typed.
    office = dom.window as unknown as OfficeWindow;
    office.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
      const body =
        typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? "");
      const base = request.url.slice(0, request.url.indexOf("/ProcessQuery"));
      const handler = handlers.get(base);
      if (handler === undefined) {
        throw new Error(`No harness runner for ${request.url}`);
      }
      return { statusCode: 200, headers: {}, body: handler(body) };
    });
  }
  return office;
}

type PathInfo = {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: ReadonlyArray<unknown> };
};
type ActionInfo = {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: ReadonlyArray<unknown> };
  /** A load's properties, as `load("values,text")` asks for them. */
  readonly QueryInfo?: { readonly Select?: ReadonlyArray<string> };
};

/** What an object path stands for in the model. */
type Target =
  | { readonly kind: "workbook" | "worksheets" | "names" | "settings" | "protection" | "other" }
  | { readonly kind: "application" }
  | { readonly kind: "sheet"; readonly sheet: ModelSheet | null }
  | {
      readonly kind: "range";
      readonly sheet: ModelSheet;
      readonly rows: number;
      readonly columns: number;
      readonly address: string;
      /** Zero-based top-left cell, where known (ranges by indexes, the selection, used ranges). */
      readonly at?: { readonly row: number; readonly column: number };
    }
  | { readonly kind: "rules"; readonly sheet: ModelSheet; readonly address: string }
  | {
      readonly kind: "rule" | "custom" | "ruleFormula" | "format";
      readonly rule: ModelRule | null;
      readonly sheet: ModelSheet;
    }
  | { readonly kind: "fill" | "font"; readonly rule: ModelRule | null; readonly sheet: ModelSheet }
  | { readonly kind: "ruleRange"; readonly rule: ModelRule | null; readonly sheet: ModelSheet }
  | { readonly kind: "name"; readonly name: { name: string; formula: string } | null }
  | { readonly kind: "setting"; readonly key: string }
  | { readonly kind: "notes"; readonly sheet: ModelSheet }
  | { readonly kind: "allNotes" }
  | { readonly kind: "note"; readonly sheet: ModelSheet; readonly id: string };

class RefusedError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** The add-in's workbook names (IIJ_…) a formula reads, upper case. */
function namesIn(formula: string): string[] {
  return (formula.toUpperCase().match(/\bIIJ_[A-Z0-9_]+/g) ?? []).filter((n) => n !== "IIJ_");
}

function sameName(a: string, b: string): boolean {
  return a === b || a.toUpperCase() === b.toUpperCase();
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Rows and columns of an A1 address ("B2:D4" → 3×3), for answering value reads. */
function extent(address: string): { rows: number; columns: number } {
  const cells = address.replace(/^.*!/, "").split(":");
  const parse = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.toUpperCase());
    if (m === null) {
      return { row: 0, column: 0 };
    }
    const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), column };
  };
  const from = parse(cells[0]);
  const to = parse(cells[1] ?? cells[0]);
  return { rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

/** "B2:D4" for a zero-based top-left cell and a size. */
function a1Area(at: { row: number; column: number }, rows: number, columns: number): string {
  const from = `${columnLetters(at.column)}${at.row + 1}`;
  const to = `${columnLetters(at.column + columns - 1)}${at.row + rows}`;
  return rows === 1 && columns === 1 ? from : `${from}:${to}`;
}

type RangeTarget = Extract<Target, { kind: "range" }>;

/** The part of a range that holds values, as `getUsedRangeOrNullObject(true)`; a null object when none. */
function usedRange(range: RangeTarget): Target {
  const at = range.at ?? { row: 0, column: 0 };
  const values = range.sheet.cells?.values ?? [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let r = at.row; r < Math.min(at.row + range.rows, values.length); r++) {
    const row = values[r];
    for (let c = at.column; c < Math.min(at.column + range.columns, row.length); c++) {
      if (row[c] !== "" && row[c] !== null && row[c] !== undefined) {
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
  }
  if (bottom < 0) {
    return { kind: "range", sheet: range.sheet, rows: 0, columns: 0, address: "", at };
  }
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  const corner = { row: top, column: left };
  return {
    kind: "range",
    sheet: range.sheet,
    rows,
    columns,
    address: a1Area(corner, rows, columns),
    at: corner,
  };
}

/** A range's loaded properties, answered from its sheet's cells (empty beyond them); null for a null object. */
function cellsQuery(range: RangeTarget, select: ReadonlyArray<string>): unknown {
  const at = range.at;
  if (at === undefined || range.rows === 0) {
    return null;
  }
  const cells = range.sheet.cells;
  const grid = <T>(of: ReadonlyArray<ReadonlyArray<T>> | undefined, empty: T): T[][] =>
    Array.from({ length: range.rows }, (_, r) =>
      Array.from({ length: range.columns }, (_, c) => of?.[at.row + r]?.[at.column + c] ?? empty)
    );
  const answers: Record<string, () => unknown> = {
    address: () => `${quoted(range.sheet.name)}${range.address}`,
    rowIndex: () => at.row,
    columnIndex: () => at.column,
    rowCount: () => range.rows,
    columnCount: () => range.columns,
    values: () => grid<unknown>(cells?.values, ""),
    text: () => grid<string>(cells?.text, ""),
    numberFormat: () => grid<string>(cells?.numberFormat, "General"),
  };
  const value: Record<string, unknown> = {};
  for (const property of select) {
    const answer = answers[property];
    if (answer !== undefined) {
      value[property.charAt(0).toUpperCase() + property.slice(1)] = answer();
    }
  }
  return value;
}

/** Interprets one request against the model: applies writes, answers queries. */
class RequestInterpreter {
  private readonly targets = new Map<number, Target>();
  readonly results: Array<{ ActionId: number; Value: unknown }> = [];
  rulesAdded = 0;
  namesAdded = 0;
  writesFormulas = false;
  writesCells = false;
  suspendsCalculation = false;

  /** Paths the request asks to keep (Excel.run's _KeepReference): answered with a reference id. */
  private readonly kept: ReadonlySet<number>;

  constructor(
    private readonly model: HarnessModel,
    private readonly paths: Readonly<Record<string, PathInfo>>,
    actions: ReadonlyArray<ActionInfo>,
    private readonly nextId: () => string,
    private readonly references: Map<string, Target>
  ) {
    this.kept = new Set(
      actions
        .filter((a) => a.ActionType === 3 && a.Name === "_KeepReference")
        .map((a) => a.ObjectPathId)
    );
  }

  /** The workbook's names in upper case; dropped whenever a name is added or deleted. */
  private known: ReadonlySet<string> | null = null;

  private knownNames(): ReadonlySet<string> {
    this.known ??= new Set(this.model.names.map((n) => n.name.toUpperCase()));
    return this.known;
  }

  /** The model's selection as a range (A1 of the first sheet when none is set). */
  private selectedRange(): Target {
    const s = this.model.selection;
    const sheet = this.model.sheets.find((m) => m.id === s?.sheet) ?? this.model.sheets[0];
    const at = { row: s?.row ?? 0, column: s?.column ?? 0 };
    const rows = s?.rows ?? 1;
    const columns = s?.columns ?? 1;
    return { kind: "range", sheet, rows, columns, address: a1Area(at, rows, columns), at };
  }

  private resolve(id: number): Target {
    const known = this.targets.get(id);
    if (known !== undefined) {
      return known;
    }
    const info = this.paths[String(id)];
    const target = this.evaluate(info);
    this.targets.set(id, target);
    return target;
  }

  private evaluate(info: PathInfo): Target {
    if (info.ObjectPathType === 1) {
      return { kind: "workbook" };
    }
    if (info.ObjectPathType === 6) {
      return this.references.get(info.Name) ?? { kind: "other" };
    }
    const parent =
      info.ParentObjectPathId === undefined ? null : this.resolve(info.ParentObjectPathId);
    const args = info.ArgumentInfo?.Arguments ?? [];
    const model = this.model;
    const name = info.Name;
    if (parent === null) {
      return { kind: "other" };
    }
    switch (parent.kind) {
      case "workbook":
        if (name === "Worksheets") return { kind: "worksheets" };
        if (name === "Names") return { kind: "names" };
        if (name === "Settings") return { kind: "settings" };
        if (name === "Protection") return { kind: "protection" };
        if (name === "Application") return { kind: "application" };
        if (name === "Notes" || name === "Comments") return { kind: "allNotes" };
        if (name === "GetSelectedRange") return this.selectedRange();
        return { kind: "other" };
      case "worksheets": {
        if (name === "Add") {
          const sheetName = String(args[0]);
          if (model.protected) {
            throw new RefusedError("AccessDenied", "The workbook structure is protected.");
          }
          if (model.sheets.some((s) => sameName(s.name, sheetName))) {
            throw new RefusedError("ItemAlreadyExists", `A sheet named ${sheetName} exists.`);
          }
          const sheet: ModelSheet = { id: this.nextId(), name: sheetName, rules: [], notes: [] };
          model.sheets.push(sheet);
          return { kind: "sheet", sheet };
        }
        const key = String(args[0]);
        // getItem is an indexer by name; items of a loaded collection index by id.
        const sheet = model.sheets.find((s) => s.id === key || sameName(s.name, key)) ?? null;
        if (sheet === null && name !== "GetItemOrNullObject") {
          throw new RefusedError("ItemNotFound", `No sheet ${key}`);
        }
        return { kind: "sheet", sheet };
      }
      case "sheet": {
        const sheet = parent.sheet;
        if (sheet === null) {
          return { kind: "other" };
        }
        if (name === "GetRangeByIndexes") {
          const [row, column, rows, columns] = args as number[];
          return {
            kind: "range",
            sheet,
            rows,
            columns,
            address: `R${row}C${column}:${rows}x${columns}`,
            at: { row, column },
          };
        }
        if (name === "GetRange" || name === "GetRanges") {
          const address = args.length === 0 ? "" : String(args[0]);
          // A Range is one rectangle; getRanges takes at most 8,192 characters (Microsoft's
          // "Troubleshooting Excel add-ins": a longer address is cut, so a rule would miss cells).
          if (name === "GetRange" && address.includes(",")) {
            throw new RefusedError("InvalidArgument", `getRange takes one area, not ${address}`);
          }
          if (name === "GetRanges" && address.length > 8_192) {
            throw new RefusedError("InvalidArgument", `an address of ${address.length} characters`);
          }
          const { rows, columns } = address === "" ? { rows: 0, columns: 0 } : extent(address);
          return { kind: "range", sheet, rows, columns, address };
        }
        if (name === "Notes" || name === "Comments") return { kind: "notes", sheet };
        return { kind: "other" };
      }
      case "range":
        if (name === "ConditionalFormats") {
          return { kind: "rules", sheet: parent.sheet, address: parent.address };
        }
        if (name === "Worksheet") return { kind: "sheet", sheet: parent.sheet };
        if (name === "GetUsedRangeOrNullObject") return usedRange(parent);
        return { kind: "other" };
      case "rules": {
        if (name === "Add") {
          const rule: ModelRule = {
            id: this.nextId(),
            range: parent.address,
            formula: "",
            fill: "",
            font: "",
          };
          parent.sheet.rules.push(rule);
          this.rulesAdded += 1;
          return { kind: "rule", rule, sheet: parent.sheet };
        }
        const key = args[0];
        const rule =
          info.ObjectPathType === 5 || name === "GetItem"
            ? parent.sheet.rules.find((r) => r.id === key)
            : parent.sheet.rules[Number(key)];
        if (rule === undefined) {
          throw new RefusedError("ItemNotFound", "No such conditional format.");
        }
        return { kind: "rule", rule, sheet: parent.sheet };
      }
      case "rule":
        if (name === "Custom" || name === "CustomOrNullObject") {
          return { kind: "custom", rule: parent.rule, sheet: parent.sheet };
        }
        if (name === "GetRange" || name === "GetRangeOrNullObject") {
          return { kind: "ruleRange", rule: parent.rule, sheet: parent.sheet };
        }
        return { kind: "other" };
      case "custom":
        if (name === "Rule") return { kind: "ruleFormula", rule: parent.rule, sheet: parent.sheet };
        if (name === "Format") return { kind: "format", rule: parent.rule, sheet: parent.sheet };
        return { kind: "other" };
      case "format":
        if (name === "Fill") return { kind: "fill", rule: parent.rule, sheet: parent.sheet };
        if (name === "Font") return { kind: "font", rule: parent.rule, sheet: parent.sheet };
        return { kind: "other" };
      case "names": {
        if (name === "Add") {
          const [nameText, formula] = args as string[];
          if (model.names.some((n) => sameName(n.name, nameText))) {
            throw new RefusedError("ItemAlreadyExists", `The name ${nameText} exists.`);
          }
          const item = {
            name: nameText,
            formula: formula.startsWith("=") ? formula : `=${formula}`,
          };
          model.names.push(item);
          this.known = null;
          this.namesAdded += 1;
          return { kind: "name", name: item };
        }
        const key = String(args[0]);
        return { kind: "name", name: model.names.find((n) => sameName(n.name, key)) ?? null };
      }
      case "settings":
        return { kind: "setting", key: String(args[0]) };
      case "notes": {
        if (name === "Add") {
          const id = this.nextId();
          parent.sheet.notes.push({ id, address: "", content: String(args[1]) });
          return { kind: "note", sheet: parent.sheet, id };
        }
        const key = String(args[0]);
        const note =
          info.ObjectPathType === 5
            ? parent.sheet.notes.find((n) => n.id === key)
            : parent.sheet.notes[Number(key)];
        return { kind: "note", sheet: parent.sheet, id: note?.id ?? "" };
      }
      case "allNotes": {
        const key = String(args[0]);
        const sheet = model.sheets.find((s) => s.notes.some((n) => n.id === key));
        return sheet === undefined ? { kind: "other" } : { kind: "note", sheet, id: key };
      }
      case "note": {
        if (name !== "GetLocation") return { kind: "other" };
        // The model keeps no cell for a note: an empty address reads as no cell.
        const address = parent.sheet.notes.find((n) => n.id === parent.id)?.address ?? "";
        return { kind: "range", sheet: parent.sheet, rows: 1, columns: 1, address };
      }
      default:
        return { kind: "other" };
    }
  }

  run(action: ActionInfo): void {
    const target = this.resolve(action.ObjectPathId);
    const args = action.ArgumentInfo?.Arguments ?? [];
    if (action.ActionType === 4) {
      this.set(target, action.Name, args[0]);
    } else if (action.ActionType === 3) {
      this.call(target, action.Name);
    } else if (action.ActionType === 2) {
      const select = action.QueryInfo?.Select;
      const value =
        target.kind === "range" && target.at !== undefined && select !== undefined
          ? cellsQuery(target, select)
          : this.query(target);
      this.results.push({ ActionId: action.Id, Value: value });
    } else if (action.ActionType === 1 && this.kept.has(action.ObjectPathId)) {
      const reference = `ref${this.references.size + 1}`;
      this.references.set(reference, target);
      this.results.push({ ActionId: action.Id, Value: { _ReferenceId: reference } });
    }
  }

  private set(target: Target, property: string, value: unknown): void {
    if (target.kind === "range" && ["Values", "Formulas", "NumberFormat"].includes(property)) {
      this.writesCells = true;
    }
    if (property === "Values" || property === "Formulas") {
      this.writesFormulas ||= JSON.stringify(value).includes('"=');
    } else if (target.kind === "sheet" && property === "Name" && target.sheet !== null) {
      const before = target.sheet.name;
      target.sheet.name = String(value);
      for (const n of this.model.names) {
        n.formula = n.formula.split(quoted(before)).join(quoted(String(value)));
      }
    } else if (target.kind === "ruleFormula" && target.rule !== null && property === "Formula") {
      target.rule.formula = String(value);
      this.writesFormulas = true;
      const known = this.knownNames();
      for (const name of namesIn(target.rule.formula)) {
        if (!known.has(name)) {
          this.model.orderViolations.push(`rule reads ${name} before it exists`);
        }
      }
    } else if ((target.kind === "fill" || target.kind === "font") && target.rule !== null) {
      target.rule[target.kind] = String(value);
    } else if (target.kind === "name" && target.name !== null && property === "Formula") {
      target.name.formula = String(value);
    }
  }

  private call(target: Target, method: string): void {
    const model = this.model;
    if (method === "SuspendApiCalculationUntilNextSync") {
      this.suspendsCalculation = true;
    } else if (method === "Delete" && target.kind === "sheet" && target.sheet !== null) {
      const gone = target.sheet;
      model.sheets = model.sheets.filter((s) => s !== gone);
      for (const n of model.names) {
        n.formula = n.formula.split(quoted(gone.name)).join("#REF!");
      }
    } else if (method === "Delete" && target.kind === "rule" && target.rule !== null) {
      const gone = target.rule;
      target.sheet.rules = target.sheet.rules.filter((r) => r !== gone);
    } else if (method === "Delete" && target.kind === "name" && target.name !== null) {
      const gone = target.name;
      model.names = model.names.filter((n) => n !== gone);
      this.known = null;
      const readers = model.sheets
        .flatMap((sh) => sh.rules)
        .filter((r) => namesIn(r.formula).includes(gone.name.toUpperCase()));
      if (readers.length > 0) {
        model.orderViolations.push(`${gone.name} removed while ${readers.length} rule(s) read it`);
      }
    } else if (method === "Delete" && target.kind === "note") {
      target.sheet.notes = target.sheet.notes.filter((n) => n.id !== target.id);
    } else if (method === "Add" && target.kind === "settings") {
      // settings.add is a method path; handled in evaluate via "setting" targets below.
    }
  }

  /** Settings are written through `settings.add(key, value)`, a path with two arguments. */
  applySettings(): void {
    for (const info of Object.values(this.paths)) {
      if (info.Name === "Add" && info.ParentObjectPathId !== undefined) {
        const parent = this.targets.get(info.ParentObjectPathId);
        const args = info.ArgumentInfo?.Arguments ?? [];
        if (parent?.kind === "settings" && this.targets.has(info.Id)) {
          this.model.settings.set(String(args[0]), String(args[1]));
        }
      }
    }
  }

  private query(target: Target): unknown {
    const model = this.model;
    switch (target.kind) {
      case "worksheets":
        return { _Items: model.sheets.map((s) => ({ Id: s.id, Name: s.name })) };
      case "names":
        // A name is its own key, as names.getItem(name) is.
        return {
          _Items: model.names.map((n) => ({ _Id: n.name, Name: n.name, Formula: n.formula })),
        };
      case "protection":
        return { Protected: model.protected };
      case "setting": {
        const value = model.settings.get(target.key);
        return value === undefined ? null : { Key: target.key, Value: value };
      }
      case "sheet":
        return target.sheet === null ? null : { Id: target.sheet.id, Name: target.sheet.name };
      case "range":
        return {
          Address: target.address,
          Values: Array.from({ length: target.rows }, () =>
            Array.from({ length: target.columns }, () => "")
          ),
        };
      case "rules":
        return { _Items: target.sheet.rules.map((r) => ({ Id: r.id, Type: "Custom" })) };
      case "ruleFormula":
      case "fill":
      case "font":
      case "ruleRange":
      case "format":
      case "custom": {
        const rule = target.rule;
        if (rule?.unreadable === true) {
          throw new RefusedError("GeneralException", "The conditional format could not be read.");
        }
        if (target.kind === "ruleFormula") return { Formula: rule?.formula ?? "" };
        if (target.kind === "ruleRange")
          return { Address: `${quoted(target.sheet.name)}${rule?.range ?? ""}` };
        if (target.kind === "fill" || target.kind === "font")
          return { Color: rule?.[target.kind] ?? "" };
        return {};
      }
      case "notes":
        return { _Items: target.sheet.notes.map((n) => ({ _Id: n.id, Content: n.content })) };
      case "allNotes":
        return {
          _Items: model.sheets.flatMap((s) =>
            s.notes.map((n) => ({ _Id: n.id, Content: n.content }))
          ),
        };
      default:
        return {};
    }
  }
}

/** A runner like Excel.run over real request contexts, and what every request carried. */
export type OfficeJsRunner = {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly requests: RecordedRequest[];
  readonly model: HarnessModel;
};

let runnerCount = 0;
/** Ids of sheets, rules and notes: unique across runners, as they may share one workbook. */
let objectIds = 0;

/**
 * A runner whose batches get real `Excel.RequestContext`s; their requests are measured and
 * answered from `model`.
 *
 * @param model - the workbook to answer from (changed by the writes)
 * @param options - size limit and injected failures
 * @returns the runner, the recorded requests and the model
 */
export function officeJsRunner(
  model: HarnessModel = harnessWorkbook(),
  options: HarnessOptions = {}
): OfficeJsRunner {
  const window = officeWindow();
  runnerCount += 1;
  const base = `https://harness.invalid/${runnerCount}`;
  const requests: RecordedRequest[] = [];
  const nextId = () => `{H${(objectIds += 1)}}`;
  const references = new Map<string, Target>();
  handlers.set(base, (text) => {
    const body = JSON.parse(text) as {
      Actions: ActionInfo[];
      ObjectPaths: Record<string, PathInfo>;
    };
    const bytes = Buffer.byteLength(text, "utf8");
    const index = requests.length;
    const interpreter = new RequestInterpreter(
      model,
      body.ObjectPaths,
      body.Actions,
      nextId,
      references
    );
    let error: { code: string; message: string; index: number } | null = null;
    const limit = options.limitBytes ?? EXCEL_WEB_LIMIT_BYTES;
    if (bytes > limit) {
      error = {
        code: "RequestPayloadSizeLimitExceeded",
        message: "The request payload size has exceeded the limit.",
        index: -1,
      };
    } else if (options.failRequest?.index === index) {
      error = { code: options.failRequest.code, message: "Injected failure.", index: 0 };
    } else {
      for (let i = 0; i < body.Actions.length; i += 1) {
        try {
          interpreter.run(body.Actions[i]);
        } catch (e) {
          if (!(e instanceof RefusedError)) {
            throw e;
          }
          error = { code: e.code, message: e.message, index: i };
          break;
        }
      }
      interpreter.applySettings();
    }
    // An answer over the limit is refused too (a read brings back what it asked for; the model's
    // writes of such a request, which the adapter's reads never mix in, are not undone).
    if (error === null && Buffer.byteLength(JSON.stringify(interpreter.results), "utf8") > limit) {
      error = {
        code: "RequestPayloadSizeLimitExceeded",
        message: "The response payload size has exceeded the limit.",
        index: -1,
      };
      interpreter.results.length = 0;
    }
    const answer = JSON.stringify(
      error === null
        ? { Results: interpreter.results }
        : {
            Results: interpreter.results,
            Error: {
              Code: error.code,
              Message: error.message,
              HttpStatusCode: 400,
              ActionIndex: error.index,
            },
          }
    );
    requests.push({
      bytes,
      responseBytes: Buffer.byteLength(answer, "utf8"),
      writesCells: interpreter.writesCells,
      actions: body.Actions.length,
      rulesAdded: error === null ? interpreter.rulesAdded : 0,
      namesAdded: error === null ? interpreter.namesAdded : 0,
      suspendsCalculation: interpreter.suspendsCalculation,
      writesFormulas: interpreter.writesFormulas,
      ...(error === null ? {} : { error: error.code }),
    });
    return answer;
  });
  return {
    requests,
    model,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      // Excel.run, as the add-in calls it: it keeps the batch's objects valid across its syncs.
      return window.Excel.run(new window.Excel.RequestContext(`${base}/`), batch);
    },
  };
}
