import type { FakeContext } from "./FakeContext";
import {
  FakeOfficeError,
  blankSheet,
  breakReferences,
  renameReferences,
  sameName,
  type SheetState,
} from "./fakeState";
import { FakeSelectedRange } from "./FakeSelectedRange";
import { FakeAnnotationCollection, FakeWorksheet } from "./FakeWorksheet";

type Resolver = () => SheetState | null;

/** Resolves a sheet by name once, then follows that sheet (as a proxy follows its object). */
function byName(context: FakeContext, name: string): Resolver {
  let found: SheetState | null | undefined;
  return () => {
    if (found === undefined) {
      // Worksheets.getItem takes a sheet's name or its id ("{sheet-3}").
      found =
        context.state.sheets.find((s) => sameName(s.name, name) || `{sheet-${s.id}}` === name) ??
        null;
    }
    return found !== null && context.state.sheets.includes(found) ? found : null;
  };
}

/** The worksheets collection. */
export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeContext) {}

  /** Office's selection-changed event of the collection: handlers run after each range.select. */
  get onSelectionChanged(): {
    add: (handler: (args: Excel.WorksheetSelectionChangedEventArgs) => unknown) => {
      context: FakeContext;
      remove: () => void;
    };
  } {
    const context = this.context;
    return {
      add: (handler) => {
        context.enqueue("worksheets", "onSelectionChanged.add", null, () => {
          context.state.selectionHandlers = [...(context.state.selectionHandlers ?? []), handler];
        });
        return {
          context,
          remove: () =>
            context.enqueue("worksheets", "onSelectionChanged.remove", null, () => {
              context.state.selectionHandlers = (context.state.selectionHandlers ?? []).filter(
                (h) => h !== handler
              );
            }),
        };
      },
    };
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) {
      throw new FakeOfficeError("PropertyNotLoaded", "worksheets.items is not loaded");
    }
    return this.loadedItems;
  }

  load(props: string): this {
    this.context.enqueue("worksheets", "worksheets.load", props, () => {
      this.loadedItems = this.context.state.sheets.map((s) => {
        const sheet = new FakeWorksheet(this.context, () => s);
        sheet.snapshot();
        return sheet;
      });
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue("worksheets", "worksheets.add", name, () => {
      const { state, failures } = this.context;
      if (state.protected) {
        throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      }
      if (failures.sheetLimit !== undefined && state.sheets.length >= failures.sheetLimit) {
        throw new FakeOfficeError("ResourceLimitReached", "Too many sheets.");
      }
      if (state.sheets.some((s) => sameName(s.name, name))) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      }
      created = blankSheet(state, name);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => created);
  }

  getItem(name: string): FakeWorksheet {
    const resolve = byName(this.context, name);
    return new FakeWorksheet(this.context, () => {
      const sheet = resolve();
      if (sheet === null) {
        throw new FakeOfficeError("ItemNotFound", `No sheet ${name}`);
      }
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, byName(this.context, name), true);
  }
}

/** Sheet operations the worksheet proxy delegates here, so renames and deletes follow Excel. */
export function renameSheet(context: FakeContext, sheet: SheetState, name: string): void {
  if (context.state.sheets.some((s) => s !== sheet && sameName(s.name, name))) {
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
  }
  const before = sheet.name;
  sheet.name = name;
  renameReferences(context.state, before, name);
}

/** Deletes a sheet and breaks the names pointing at it. */
export function deleteSheet(context: FakeContext, sheet: SheetState): void {
  const { state } = context;
  if (state.protected) {
    throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
  }
  state.sheets = state.sheets.filter((s) => s !== sheet);
  breakReferences(state, sheet.name);
}

/** A workbook name as loaded. */
export class FakeNamedItem {
  private current: string;

  constructor(
    private readonly context: FakeContext,
    readonly name: string,
    formula: string
  ) {
    this.current = formula;
  }

  /** The formula as loaded; setting it queues a redefinition, as NamedItem.formula does. */
  get formula(): string {
    return this.current;
  }

  set formula(value: string) {
    this.context.enqueue(`name:${this.name}`, "name.formula", value, () => {
      const item = this.context.state.names.find((n) => n.name === this.name);
      if (item === undefined) {
        throw new FakeOfficeError("ItemNotFound", `No name ${this.name}`);
      }
      item.formula = value;
    });
  }

  delete(): void {
    this.context.enqueue(`name:${this.name}`, "name.delete", null, () => {
      this.context.state.names = this.context.state.names.filter((n) => n.name !== this.name);
    });
  }
}

/** The workbook's names. */
export class FakeNamedItemCollection {
  private loadedItems: FakeNamedItem[] | null = null;

  constructor(private readonly context: FakeContext) {}

  get items(): FakeNamedItem[] {
    if (this.loadedItems === null) {
      throw new FakeOfficeError("PropertyNotLoaded", "names.items is not loaded");
    }
    return this.loadedItems;
  }

  load(props: string): this {
    this.context.enqueue("names", "names.load", props, () => {
      this.loadedItems = this.context.state.names.map(
        (n) => new FakeNamedItem(this.context, n.name, n.formula)
      );
    });
    return this;
  }

  add(name: string, reference: string, comment?: string): void {
    this.context.enqueue("names", "names.add", { name, reference, comment }, () => {
      if (this.context.state.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} exists.`);
      }
      this.context.state.names.push({ name, formula: reference, comment: comment ?? "" });
    });
  }
}

/** A workbook setting read through getItemOrNullObject. */
export class FakeSetting {
  isNullObject = true;
  value: unknown = undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly key: string
  ) {}

  load(props: string): this {
    this.context.enqueue(`setting:${this.key}`, "setting.load", props, () => {
      const has = Object.prototype.hasOwnProperty.call(this.context.state.settings, this.key);
      this.isNullObject = !has;
      this.value = has ? this.context.state.settings[this.key] : undefined;
    });
    return this;
  }
}

/** The workbook's settings. */
export class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}

  add(key: string, value: unknown): void {
    this.context.enqueue("settings", "settings.add", { key, value }, () => {
      this.context.state.settings[key] = value;
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
}

/** The workbook: the part of Excel.Workbook the adapter uses. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly notes: FakeAnnotationCollection;
  readonly comments: FakeAnnotationCollection;
  readonly protection: { protected: boolean; load: (props: string) => void };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.notes = new FakeAnnotationCollection(context, null, "notes");
    this.comments = new FakeAnnotationCollection(context, null, "comments");
    const protection = {
      protected: false,
      load: (props: string) =>
        context.enqueue("protection", "protection.load", props, () => {
          protection.protected = context.state.protected;
        }),
    };
    this.protection = protection;
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        context.enqueue(
          "application",
          "application.suspendApiCalculationUntilNextSync",
          null,
          () => {
            // Nothing to model: the fake never recalculates.
          }
        ),
    };
  }

  getSelectedRange(): FakeSelectedRange {
    return new FakeSelectedRange(this.context);
  }

  getActiveCell(): { formulas: unknown } {
    const context = this.context;
    return {
      set formulas(value: unknown) {
        context.enqueue("selection", "selection.formulas", value, () => {
          if (context.state.selection === null) {
            throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
          }
          context.state.selection.formulas = JSON.stringify(value);
        });
      },
      get formulas(): unknown {
        return undefined;
      },
    };
  }
}
