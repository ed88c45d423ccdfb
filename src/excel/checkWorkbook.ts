import type { CheckReport } from "../core/checks/CheckReport";
import { annotationKind } from "./annotations";
import { clearOwnHighlights } from "./clearHighlights";
import { WorkbookError, toWorkbookError } from "./errors";
import { syncOrExplain } from "./syncOrExplain";
import type { ExcelDeps } from "./ExcelDeps";
import { detectFeatures } from "./features";
import { findingNotes } from "./findingNotes";
import { LOAD_RECORD_SETTING, serializeLoadRecord } from "./loadRecord";
import { ownedPlanSheets } from "./ownedPlanSheets";
import { placeFindingNotes } from "./placeFindingNotes";
import { queueAnnotations } from "./readAnnotations";
import { queueCurrentLayout } from "./readCurrentLayout";
import { queueWorkbookState } from "./readWorkbookState";
import { renameSheetReferences } from "./renameSheetReferences";
import { renderSheet } from "./renderSheet";
import { highlightSteps } from "./highlightSteps";
import { estimateBytes } from "./estimateBytes";
import { ruleRecord } from "./ruleRecord";
import { syncInRequests } from "./syncInRequests";
import type { WriteStep } from "./WriteStep";
import type { LoadOptions } from "./WorkbookActions";

/**
 * Reads the add-in's sheets back (a user's edits included), checks them, refreshes the notes on
 * flagged cells and rewrites the Checks sheet: read the marks, names and annotations; read each
 * table where its workbook name says it is now; write in requests bounded by size; place the
 * notes last. Each table's figures are found by their labels and headers, so rows and columns
 * the user inserted, deleted or moved are followed; a user's own note or comment on a flagged
 * cell is kept (the finding is listed on the Checks sheet). Highlights are live formulas and
 * stay; they are added again only after clearHighlights, and replaced (the load record's rules
 * removed first) when the mode or the minor option changed since the load.
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
    const annotation = annotationKind(supported);
    // A cell holds a note or a comment: both kinds are read where the host can read them.
    const locateAnnotations = queueAnnotations(
      context,
      annotation === "notes" ? ["notes", "comments"] : annotation === "comments" ? ["comments"] : []
    );
    await syncOrExplain(context, "The workbook could not be read.");
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
    const readLayout = queueCurrentLayout(context, plan, state.names, actual);
    const readAnnotations = locateAnnotations();
    await syncOrExplain(context, "The add-in's sheets could not be read.");
    const layout = readLayout();
    const report = deps.checkGrids(layout.plan, layout.grids, options.mode, layout.missing);

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
    const checksPlan = deps.checksSheet(layout.plan, report, options.mode);
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
      throw toWorkbookError(error, "The Checks sheet could not be written.");
    }
    // Last, in a request of their own: should Excel still refuse a note, the Checks sheet is written.
    if (annotation !== null) {
      const notes = findingNotes(layout.plan, report, actual);
      placeFindingNotes(worksheets, annotation, notes, readAnnotations());
      await syncOrExplain(context, "The notes on flagged cells could not be written.");
    }
    return report;
  });
}
