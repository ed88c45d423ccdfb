import type { FakeContext } from "./FakeContext";
import { FakeOfficeError, type SheetState } from "./fakeState";
import { FakeRange, parseArea } from "./FakeRange";
import { deleteSheet, renameSheet } from "./FakeWorkbook";

type Resolver = () => SheetState | null;

/** A note or comment as loaded: its content (settable), its cell, delete. */
export type FakeAnnotation = {
  content: string;
  delete: () => void;
  getLocation: () => { address: string; load: (props: string) => { address: string } };
};

/** Range.address of a sheet's cell, as Excel writes it: the sheet quoted when it needs quotes. */
export function fakeCellAddress(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}

/** Proxies for a collection's entries as a load captures them. */
function loadedAnnotations(
  context: FakeContext,
  kind: "notes" | "comments",
  sheets: ReadonlyArray<SheetState>
): FakeAnnotation[] {
  return sheets.flatMap((sheet) =>
    sheet[kind].map((entry) => {
      const location = {
        address: "",
        load: (props: string) => {
          context.enqueue(kind, "range.load", props, () => {
            location.address = fakeCellAddress(sheet.name, entry.address);
          });
          return location;
        },
      };
      const item: FakeAnnotation = {
        content: entry.content,
        delete: () =>
          context.enqueue(kind, `${kind}.delete`, entry.address, () => {
            sheet[kind] = sheet[kind].filter((e) => e !== entry);
          }),
        getLocation: () => location,
      };
      return new Proxy(item, {
        set: (target, prop, value: string) => {
          if (prop !== "content") {
            return Reflect.set(target, prop, value);
          }
          context.enqueue(kind, `${kind}.content`, value, () => {
            entry.content = value;
          });
          return true;
        },
      });
    })
  );
}

/**
 * A note or comment collection, of one sheet or (sheet null) of the whole workbook. As in Excel,
 * a cell holds at most one annotation, a note or a threaded comment: adding a second fails.
 */
export class FakeAnnotationCollection {
  private loadedItems: FakeAnnotation[] | null = null;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: (() => SheetState) | null,
    private readonly kind: "notes" | "comments"
  ) {}

  get items(): FakeAnnotation[] {
    if (this.loadedItems === null) {
      throw new FakeOfficeError("PropertyNotLoaded", `${this.kind}.items is not loaded`);
    }
    return this.loadedItems;
  }

  load(props: string): this {
    this.context.enqueue(this.kind, `${this.kind}.load`, props, () => {
      const sheets = this.sheet === null ? this.context.state.sheets : [this.sheet()];
      this.loadedItems = loadedAnnotations(this.context, this.kind, sheets);
    });
    return this;
  }

  add(cell: FakeRange, content: string): void {
    this.context.enqueue(this.kind, `${this.kind}.add`, { cell: cell.area, content }, () => {
      if (this.sheet === null) {
        throw new FakeOfficeError("InvalidArgument", "The fake adds only through a sheet.");
      }
      const sheet = this.sheet();
      const taken = [...sheet.notes, ...sheet.comments].some(
        (e) => e.address.toUpperCase() === cell.area.toUpperCase()
      );
      if (taken) {
        throw new FakeOfficeError(
          "InvalidOperation",
          `${sheet.name}!${cell.area} already has a note or comment.`
        );
      }
      const id = this.context.state.nextId;
      this.context.state.nextId += 1;
      sheet[this.kind].push({ id, address: cell.area, content });
    });
  }
}

/** A worksheet proxy. */
export class FakeWorksheet {
  private loadedName: string | null = null;
  private loadedId: string | null = null;
  private loadedNull = false;
  readonly freezePanes: {
    freezeAt: (range: FakeRange) => void;
    freezeRows: (rows: number) => void;
    freezeColumns: (columns: number) => void;
  };
  readonly notes: FakeAnnotationCollection;
  readonly comments: FakeAnnotationCollection;

  constructor(
    private readonly context: FakeContext,
    private readonly resolver: Resolver,
    private readonly nullable = false
  ) {
    const sheet = () => this.sheet();
    const freeze = (op: string, args: unknown, value: string) =>
      context.enqueue("freezePanes", op, args, () => {
        sheet().freeze = value;
      });
    this.freezePanes = {
      freezeAt: (range) => freeze("freezePanes.freezeAt", range.area, range.area),
      freezeRows: (rows) => freeze("freezePanes.freezeRows", rows, `rows:${rows}`),
      freezeColumns: (columns) =>
        freeze("freezePanes.freezeColumns", columns, `columns:${columns}`),
    };
    this.notes = new FakeAnnotationCollection(context, sheet, "notes");
    this.comments = new FakeAnnotationCollection(context, sheet, "comments");
  }

  /** The sheet this proxy stands for, at run time. */
  sheet(): SheetState {
    const sheet = this.resolver();
    if (sheet === null) {
      throw new FakeOfficeError("ItemNotFound", "The sheet does not exist.");
    }
    return sheet;
  }

  /** Captures the loadable properties now (used by collection loads). */
  snapshot(): void {
    const sheet = this.resolver();
    this.loadedNull = sheet === null;
    this.loadedName = sheet?.name ?? null;
    this.loadedId = sheet === null ? null : `{sheet-${sheet.id}}`;
  }

  /** Excel's stable id of the sheet, as loaded; it survives renames. */
  get id(): string {
    if (this.loadedId === null) {
      throw new FakeOfficeError("PropertyNotLoaded", "worksheet.id is not loaded");
    }
    return this.loadedId;
  }

  get isNullObject(): boolean {
    return this.loadedNull;
  }

  get name(): string {
    if (this.loadedName === null) {
      throw new FakeOfficeError("PropertyNotLoaded", "worksheet.name is not loaded");
    }
    return this.loadedName;
  }

  set name(value: string) {
    this.context.enqueue("worksheet", "worksheet.name", value, () =>
      renameSheet(this.context, this.sheet(), value)
    );
  }

  load(props: string): this {
    this.context.enqueue("worksheet", "worksheet.load", props, () => this.snapshot());
    return this;
  }

  delete(): void {
    this.context.enqueue("worksheet", "worksheet.delete", null, () => {
      if (this.nullable && this.resolver() === null) {
        return;
      }
      deleteSheet(this.context, this.sheet());
    });
  }

  activate(): void {
    this.context.enqueue("worksheet", "worksheet.activate", null, () => {
      this.context.state.active = this.sheet().name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => this.sheet(), address ?? "A1:XFD1048576");
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheet(),
      parseArea.fromIndexes(row, column, rows, columns)
    );
  }

  getRanges(address: string): FakeRange {
    return new FakeRange(this.context, () => this.sheet(), address);
  }
}
