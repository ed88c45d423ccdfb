import type { CheckReport } from "../core/checks/CheckReport";
import { annotationKind, annotationsOf } from "./annotations";
import { clearOwnHighlights } from "./clearHighlights";
import { WorkbookError, toWorkbookError } from "./errors";
import type { ExcelDeps, Grid } from "./ExcelDeps";
import { detectFeatures } from "./features";
import { NOTE_PREFIX, findingNotes } from "./findingNotes";
import { LOAD_RECORD_SETTING, serializeLoadRecord } from "./loadRecord";
import { ownedPlanSheets } from "./ownedPlanSheets";
import { queueWorkbookState } from "./readWorkbookState";
import { renameSheetReferences } from "./renameSheetReferences";
import { addHighlight, renderSheet } from "./renderSheet";
import type { LoadOptions } from "./WorkbookActions";

async function sync(context: Excel.RequestContext, detail: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, detail);
  }
}

/**
 * Reads the add-in's sheets back (a user's edits included), checks them, refreshes the notes on
 * flagged cells and rewrites the Checks sheet, in three syncs: read the marks, read the grids,
 * write. Highlights are live formulas and stay; they are added again only after clearHighlights,
 * and replaced (two more syncs) when the mode or the minor option changed since the load.
 *
 * @param deps - Excel runner, requirement check, plan and engine
 * @param options - edition (ignored: the loaded one is checked), mode and highlightMinor
 * @returns the report over the workbook's figures
 */
export async function checkWorkbook(
  deps: ExcelDeps,
  options: Omit<LoadOptions, "tables" | "onProgress">
): Promise<CheckReport> {
  const { supported } = detectFeatures(deps.requirements);
  return deps.run(async (context) => {
    const read = queueWorkbookState(context);
    await sync(context, "The workbook could not be read.");
    const state = read();
    if (state.record === null || state.owned.length === 0) {
      throw new WorkbookError("notLoaded", "No sheet of the add-in was found.");
    }
    const record = state.record;
    const plan = deps.buildPlan({
      edition: record.edition,
      tables: record.tables ?? undefined,
      mode: options.mode,
      highlightMinor: options.highlightMinor,
    });
    const actual = ownedPlanSheets(plan, state.owned);
    const worksheets = context.workbook.worksheets;
    const annotation = annotationKind(supported);
    const ranges = new Map<string, Excel.Range>();
    const existingNotes: Array<Excel.NoteCollection | Excel.CommentCollection> = [];
    for (const sheetPlan of plan.sheets) {
      const name = actual.get(sheetPlan.name);
      if (name === undefined) {
        continue;
      }
      const sheet = worksheets.getItem(name);
      const columns = sheetPlan.values[0]?.length ?? 0;
      if (sheetPlan.key !== "checks" && sheetPlan.values.length > 0 && columns > 0) {
        const range = sheet.getRangeByIndexes(0, 0, sheetPlan.values.length, columns);
        ranges.set(sheetPlan.name, range.load("values"));
      }
      if (annotation !== null) {
        existingNotes.push(annotationsOf(sheet, annotation).load("items/content"));
      }
    }
    await sync(context, "The add-in's sheets could not be read.");
    const grids = new Map<string, Grid>();
    ranges.forEach((range, name) => grids.set(name, range.values));
    const report = deps.checkGrids(plan, grids, options.mode);

    const optionsChanged =
      record.mode !== options.mode || record.highlightMinor !== options.highlightMinor;
    if (record.highlighted && optionsChanged && supported.has("highlights")) {
      await clearOwnHighlights(context, [...actual.values()], null);
    }
    for (const collection of existingNotes) {
      for (const item of collection.items) {
        if (String(item.content).startsWith(NOTE_PREFIX)) {
          item.delete();
        }
      }
    }
    if (annotation !== null) {
      for (const note of findingNotes(plan, report, actual)) {
        const sheet = worksheets.getItem(note.sheet);
        annotationsOf(sheet, annotation).add(sheet.getRange(note.address), note.text);
      }
    }
    const checksPlan = deps.checksSheet(plan, report, options.mode);
    const checksName = actual.get(checksPlan.name);
    if (checksName !== undefined) {
      const sheet = worksheets.getItem(checksName);
      sheet.getRange().clear("All");
      renderSheet(sheet, renameSheetReferences(checksPlan, actual, actual), supported);
    }
    const addHighlights = (!record.highlighted || optionsChanged) && supported.has("highlights");
    if (addHighlights) {
      for (const sheetPlan of plan.sheets) {
        const name = actual.get(sheetPlan.name);
        if (name !== undefined) {
          const sheet = worksheets.getItem(name);
          const renamed = renameSheetReferences(sheetPlan, actual, actual);
          renamed.highlights.forEach((h) => addHighlight(sheet, h));
        }
      }
    }
    context.workbook.settings.add(
      LOAD_RECORD_SETTING,
      serializeLoadRecord({
        ...record,
        mode: options.mode,
        highlightMinor: options.highlightMinor,
        highlighted: record.highlighted || addHighlights,
      })
    );
    await sync(context, "The notes and the Checks sheet could not be written.");
    return report;
  });
}
