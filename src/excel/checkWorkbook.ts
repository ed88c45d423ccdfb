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
import { renderSheet } from "./renderSheet";
import { highlightSteps } from "./highlightSteps";
import { estimateBytes } from "./estimateBytes";
import { ruleRecord } from "./ruleRecord";
import { syncInRequests } from "./syncInRequests";
import type { WriteStep } from "./WriteStep";
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
 * flagged cells and rewrites the Checks sheet: read the marks, read the grids, then write in
 * requests bounded by size. Highlights are live formulas and stay; they are added again only
 * after clearHighlights, and replaced (the load record's rules removed first) when the mode or
 * the minor option changed since the load.
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
    const placed = new Set(actual.values());
    const cleared =
      record.highlighted && optionsChanged && supported.has("highlights")
        ? await clearOwnHighlights(
            context,
            state.owned.filter((o) => placed.has(o.sheet)),
            record,
            null
          )
        : null;
    const steps: WriteStep[] = [];
    for (const collection of existingNotes) {
      for (const item of collection.items) {
        if (String(item.content).startsWith(NOTE_PREFIX)) {
          steps.push({ bytes: estimateBytes(2, []), formulas: false, queue: () => item.delete() });
        }
      }
    }
    if (annotation !== null) {
      for (const note of findingNotes(plan, report, actual)) {
        steps.push({
          bytes: estimateBytes(6, [note]),
          formulas: false,
          queue: ({ sheet }) => {
            annotationsOf(sheet(note.sheet), annotation).add(
              sheet(note.sheet).getRange(note.address),
              note.text
            );
          },
        });
      }
    }
    const checksPlan = deps.checksSheet(plan, report, options.mode);
    const checksName = actual.get(checksPlan.name);
    if (checksName !== undefined) {
      steps.push({
        bytes: estimateBytes(3, []),
        formulas: false,
        queue: ({ sheet }) => sheet(checksName).getRange().clear("All"),
      });
      steps.push(
        ...renderSheet(checksName, renameSheetReferences(checksPlan, actual, actual), supported)
      );
    }
    const addHighlights = (!record.highlighted || optionsChanged) && supported.has("highlights");
    if (addHighlights) {
      for (const sheetPlan of plan.sheets) {
        const name = actual.get(sheetPlan.name);
        if (name !== undefined) {
          const renamed = renameSheetReferences(sheetPlan, actual, actual);
          steps.push(...highlightSteps(name, renamed.highlights));
        }
      }
    }
    const rules: Record<string, ReadonlyArray<string>> = addHighlights
      ? ruleRecord(plan, actual)
      : { ...record.rules };
    // Rules that could not be read back were not removed: they stay recorded.
    for (const unread of cleared?.unreadSheets ?? []) {
      const mark = state.owned.find((o) => o.sheet === unread)?.mark.toUpperCase() ?? "";
      rules[mark] = [...new Set([...(rules[mark] ?? []), ...(record.rules?.[mark] ?? [])])];
    }
    const recordValue = serializeLoadRecord({
      ...record,
      mode: options.mode,
      highlightMinor: options.highlightMinor,
      highlighted: record.highlighted || addHighlights,
      rules,
    });
    steps.push({
      bytes: estimateBytes(3, [recordValue]),
      formulas: false,
      queue: ({ context: c }) => c.workbook.settings.add(LOAD_RECORD_SETTING, recordValue),
    });
    try {
      await syncInRequests(context, steps, {
        suspendCalculation: supported.has("suspendCalculation"),
      });
    } catch (error) {
      throw toWorkbookError(error, "The notes and the Checks sheet could not be written.");
    }
    return report;
  });
}
