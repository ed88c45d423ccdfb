import type { FakeContext } from "./FakeContext";
import {
  FakeOfficeError,
  type CellState,
  type ConditionalFormatState,
  type SheetState,
} from "./fakeState";

function column(letters: string): number {
  let n = 0;
  for (const l of letters) {
    n = n * 26 + (l.charCodeAt(0) - 64);
  }
  return n - 1;
}

function letters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses one A1 area into zero-based bounds. */
export function parseArea(area: string): {
  row: number;
  column: number;
  rows: number;
  columns: number;
} {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(area.toUpperCase());
  if (m === null) {
    throw new FakeOfficeError("InvalidArgument", `Bad address ${area}`);
  }
  const r0 = Number(m[2]) - 1;
  const c0 = column(m[1]);
  const r1 = m[4] === undefined ? r0 : Number(m[4]) - 1;
  const c1 = m[3] === undefined ? c0 : column(m[3]);
  return { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

parseArea.fromIndexes = (row: number, c: number, rows: number, columns: number): string =>
  rows === 1 && columns === 1
    ? `${letters(c)}${row + 1}`
    : `${letters(c)}${row + 1}:${letters(c + columns - 1)}${row + rows}`;

/** A conditional format proxy: custom rule and colours. */
export class FakeConditionalFormat {
  readonly custom: {
    rule: { formula: string; load: (p: string) => unknown };
    format: {
      fill: { color: string; load: (p: string) => unknown };
      font: { color: string; load: (p: string) => unknown };
    };
  };
  type = "";

  constructor(
    context: FakeContext,
    state: () => ConditionalFormatState,
    private readonly remove: () => void
  ) {
    const set =
      (op: string, apply: (cf: ConditionalFormatState, v: string) => void) => (v: string) =>
        context.enqueue("conditionalFormat", op, v, () => apply(state(), v));
    const setFormula = set("conditionalFormat.formula", (cf, v) => (cf.formula = v));
    const setFill = set("conditionalFormat.fill", (cf, v) => (cf.fill = v));
    const setFont = set("conditionalFormat.font", (cf, v) => (cf.font = v));
    const loader =
      <T>(target: () => T, apply: () => void) =>
      (p: string): T => {
        context.enqueue("conditionalFormat", "conditionalFormat.load", p, apply);
        return target();
      };
    const rule: { formula: string; load: (p: string) => unknown } = {
      formula: "",
      load: loader(
        () => rule,
        () => (rule.formula = state().formula)
      ),
    };
    const fill: { color: string; load: (p: string) => unknown } = {
      color: "",
      load: loader(
        () => fill,
        () => (fill.color = state().fill)
      ),
    };
    const font: { color: string; load: (p: string) => unknown } = {
      color: "",
      load: loader(
        () => font,
        () => (font.color = state().font)
      ),
    };
    this.custom = {
      rule: new Proxy(rule, {
        set: (t, p, v: string) => (p === "formula" ? setFormula(v) : Reflect.set(t, p, v), true),
      }),
      format: {
        fill: new Proxy(fill, {
          set: (t, p, v: string) => (p === "color" ? setFill(v) : Reflect.set(t, p, v), true),
        }),
        font: new Proxy(font, {
          set: (t, p, v: string) => (p === "color" ? setFont(v) : Reflect.set(t, p, v), true),
        }),
      },
    };
    this.delete = () =>
      context.enqueue("conditionalFormat", "conditionalFormat.delete", null, this.remove);
  }

  delete: () => void;
}

/** A recording proxy for range.format (font, fill, borders.getItem(x), indentLevel, columnWidth). */
function formatProxy(
  context: FakeContext,
  sheet: () => SheetState,
  area: string,
  path: string
): object {
  return new Proxy(
    {},
    {
      get: (_t, prop: string) => {
        if (prop === "getItem") {
          return (name: string) => formatProxy(context, sheet, area, `${path}.${name}`);
        }
        return formatProxy(context, sheet, area, `${path}.${prop}`);
      },
      set: (_t, prop: string, value: unknown) => {
        context.enqueue(area, `${path}.${prop}`, value, () => {
          sheet().formats[`${area}|${path}.${prop}`] = value;
        });
        return true;
      },
    }
  );
}

/** A range (or several areas) of one sheet. */
export class FakeRange {
  readonly format: object;
  private loadedValues: unknown[][] | null = null;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetState,
    readonly area: string
  ) {
    this.format = formatProxy(context, sheet, area, "format");
  }

  private bounds() {
    return parseArea(this.area);
  }

  private writeGrid(
    op: string,
    grid: unknown,
    apply: (cell: { value: unknown; numberFormat: string }, v: unknown) => void
  ): void {
    this.context.enqueue(this.area, op, grid, () => {
      const b = this.bounds();
      const rows = grid as unknown[][];
      if (
        !Array.isArray(rows) ||
        rows.length !== b.rows ||
        rows.some((r) => r.length !== b.columns)
      ) {
        throw new FakeOfficeError("InvalidArgument", `${op}: shape differs from ${this.area}`);
      }
      const cells = this.sheet().cells;
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = `${b.row + r},${b.column + c}`;
          const cell = cells[key] ?? { value: "", numberFormat: "General" };
          apply(cell, v);
          cells[key] = cell;
        })
      );
    });
  }

  set values(grid: unknown) {
    this.writeGrid("range.values", grid, (cell, v) => (cell.value = v));
  }

  get values(): unknown[][] {
    if (this.loadedValues === null) {
      throw new FakeOfficeError("PropertyNotLoaded", "range.values is not loaded");
    }
    return this.loadedValues;
  }

  set numberFormat(grid: unknown) {
    this.writeGrid("range.numberFormat", grid, (cell, v) => (cell.numberFormat = String(v)));
  }

  /** The number formats as loaded (with the values). */
  get numberFormat(): unknown {
    return this.loadedFormats;
  }

  private loadedFormats: string[][] = [];

  set formulas(grid: unknown) {
    this.writeGrid("range.formulas", grid, (cell, v) => (cell.value = v));
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.context.enqueue(this.area, "range.hyperlink", link, () => {
      this.sheet().hyperlinks[this.area] = link;
    });
  }

  load(props: string): this {
    this.context.enqueue(this.area, "range.load", props, () => {
      const b = this.bounds();
      const cells = this.sheet().cells;
      const grid = <T>(of: (cell: CellState | undefined) => T): T[][] =>
        Array.from({ length: b.rows }, (_, r) =>
          Array.from({ length: b.columns }, (_, c) => of(cells[`${b.row + r},${b.column + c}`]))
        );
      this.loadedValues = grid((cell) => (cell === undefined ? "" : cell.value));
      // The fake displays a value as its plain text (no number format applied).
      this.text = grid((cell) => (cell === undefined ? "" : String(cell.value)));
      this.loadedFormats = grid((cell) => cell?.numberFormat ?? "General");
    });
    return this;
  }

  /** Loaded with the values: each cell's value as text (the fake applies no number format). */
  text: string[][] = [];

  clear(applyTo: string): void {
    this.context.enqueue(this.area, "range.clear", applyTo, () => {
      const b = this.bounds();
      const sheet = this.sheet();
      for (const key of Object.keys(sheet.cells)) {
        const [r, c] = key.split(",").map(Number);
        if (r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns) {
          delete sheet.cells[key];
        }
      }
      if (this.area === "A1:XFD1048576") {
        sheet.formats = {};
        sheet.hyperlinks = {};
      }
    });
  }

  select(): void {
    this.context.enqueue(this.area, "range.select", null, () => {
      const sheet = this.sheet();
      this.context.state.selection = { sheet: sheet.name, address: this.area };
      const handlers = this.context.state.selectionHandlers ?? [];
      const args = {
        type: "WorksheetSelectionChanged",
        worksheetId: `{sheet-${sheet.id}}`,
        address: this.area,
      } as Excel.WorksheetSelectionChangedEventArgs;
      // Excel raises the event after the batch that selected, never inside it.
      setTimeout(() => handlers.forEach((handler) => void handler(args)), 0);
    });
  }

  private cfCollection: ReturnType<FakeRange["makeConditionalFormats"]> | null = null;

  get conditionalFormats(): ReturnType<FakeRange["makeConditionalFormats"]> {
    this.cfCollection ??= this.makeConditionalFormats();
    return this.cfCollection;
  }

  private makeConditionalFormats() {
    const context = this.context;
    const sheet = this.sheet;
    const area = this.area;
    let loaded: FakeConditionalFormat[] | null = null;
    const proxyOf = (state: ConditionalFormatState) => {
      const cf = new FakeConditionalFormat(
        context,
        () => state,
        () => {
          sheet().conditionalFormats = sheet().conditionalFormats.filter((c) => c !== state);
        }
      );
      cf.type = state.type;
      return cf;
    };
    return {
      add: (type: string) => {
        let created: ConditionalFormatState | null = null;
        context.enqueue(area, "conditionalFormats.add", type, () => {
          const id = context.state.nextId;
          context.state.nextId += 1;
          created = { id, address: area, type, formula: "", fill: "", font: "" };
          sheet().conditionalFormats.push(created);
        });
        return new FakeConditionalFormat(
          context,
          () => created as unknown as ConditionalFormatState,
          () => undefined
        );
      },
      load(props: string) {
        context.enqueue(area, "conditionalFormats.load", props, () => {
          loaded = sheet().conditionalFormats.map(proxyOf);
        });
        return this;
      },
      get items(): FakeConditionalFormat[] {
        if (loaded === null) {
          throw new FakeOfficeError("PropertyNotLoaded", "conditionalFormats.items is not loaded");
        }
        return loaded;
      },
    };
  }
}
