import { LOAD_RECORD_SETTING, parseLoadRecord, type LoadRecord } from "./loadRecord";
import { readOwnedSheets, type OwnedSheet } from "./ownershipMarks";

/** What one read of the workbook tells: sheets, names, the add-in's sheets and its record. */
export type WorkbookState = {
  readonly sheets: ReadonlyArray<string>;
  /** Excel's ids of the sheets that exist before the load: any other sheet after it is new. */
  readonly sheetIds: ReadonlySet<string>;
  readonly names: ReadonlyArray<{
    readonly name: string;
    readonly formula: string;
    readonly item: Excel.NamedItem;
  }>;
  readonly owned: ReadonlyArray<OwnedSheet>;
  readonly record: LoadRecord | null;
  readonly protected: boolean;
};

/**
 * Queues the reads of the first sync (sheet names, workbook names with formulas, the load
 * record, protection) and returns how to interpret them once synced.
 *
 * @param context - the request context
 * @returns a function to call after the sync
 */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/id");
  const names = workbook.names.load("items/name,items/formula");
  const setting = workbook.settings.getItemOrNullObject(LOAD_RECORD_SETTING).load("value");
  workbook.protection.load("protected");
  return () => {
    const sheetNames = sheets.items.map((s) => s.name);
    const nameList = names.items.map((item) => ({
      name: item.name,
      formula: String(item.formula),
      item,
    }));
    return {
      sheets: sheetNames,
      sheetIds: new Set(sheets.items.map((s) => s.id)),
      names: nameList,
      owned: readOwnedSheets(nameList, sheetNames),
      record: setting.isNullObject ? null : parseLoadRecord(setting.value),
      protected: workbook.protection.protected,
    };
  };
}
