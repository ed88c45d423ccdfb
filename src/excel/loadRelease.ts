import type { WorkbookPlan } from "../core/layout/WorkbookPlan";
import { chooseSheetNames, type SheetNaming } from "./chooseSheetNames";
import { WorkbookError, toWorkbookError } from "./errors";
import type { ExcelDeps, Grid } from "./ExcelDeps";
import { detectFeatures, type Feature } from "./features";
import { LOAD_RECORD_SETTING, serializeLoadRecord } from "./loadRecord";
import { OWNER_MARK_PREFIX, ownerMarkFormula, ownerMarkName } from "./ownershipMarks";
import { quoteSheet } from "../core/layout/a1";
import { queueWorkbookState, type WorkbookState } from "./readWorkbookState";
import { renameReferences, renameSheetReferences } from "./renameSheetReferences";
import { renderSheet } from "./renderSheet";
import type { LoadOptions, LoadResult } from "./WorkbookActions";

/** The plan's own values as the sheets will hold them: what a check of a pristine load reads. */
function planGrids(plan: WorkbookPlan): ReadonlyMap<string, Grid> {
  return new Map(plan.sheets.map((s) => [s.name, s.values]));
}

/** Whether an existing workbook name is the add-in's: IIJ_ and pointing at its sheets or broken. */
function isOwnName(name: string, formula: string, ownedSheets: ReadonlyArray<string>): boolean {
  return (
    name.toUpperCase().startsWith("IIJ_") &&
    (formula.includes("#REF!") ||
      ownedSheets.some((s) => formula.includes(`${quoteSheet(s)}!`)) ||
      ownedSheets.some((s) => formula.startsWith(`=${s}!`)))
  );
}

/** Queues the second sync: build under temporary names, then swap in, then name and record. */
function queueWrites(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: WorkbookState,
  naming: SheetNaming,
  options: LoadOptions,
  supported: ReadonlySet<Feature>
): void {
  const workbook = context.workbook;
  const planned = plan.sheets.map((s) => s.name);
  const toTemporary = new Map(planned.map((n, i) => [n, naming.temporary[i]]));
  const toFinal = new Map(planned.map((n, i) => [n, naming.final[i]]));
  if (supported.has("suspendCalculation")) {
    workbook.application.suspendApiCalculationUntilNextSync();
  }
  // Every new sheet exists before any formula is written, so cross-sheet formulas bind to them.
  const created = naming.temporary.map((name) => workbook.worksheets.add(name));
  plan.sheets.forEach((sheetPlan, i) => {
    renderSheet(created[i], renameSheetReferences(sheetPlan, toTemporary, toFinal), supported);
    options.onProgress?.({ sheet: naming.final[i], done: i + 1, total: plan.sheets.length });
  });
  const ownedNames = state.owned.map((o) => o.sheet);
  const kept = new Set<string>();
  for (const { name, formula, item } of state.names) {
    if (name.toUpperCase().startsWith(OWNER_MARK_PREFIX) || isOwnName(name, formula, ownedNames)) {
      item.delete();
    } else {
      kept.add(name.toUpperCase());
    }
  }
  for (const owned of ownedNames) {
    workbook.worksheets.getItem(owned).delete();
  }
  // Excel carries the formulas written against the temporary names over to the final ones.
  created.forEach((sheet, i) => {
    sheet.name = naming.final[i];
  });
  for (const { name, refersTo, comment } of plan.names) {
    // A user's name of the same spelling stays; the add-in does without its own.
    if (!kept.has(name.toUpperCase())) {
      workbook.names.add(name, renameReferences(refersTo, toFinal), comment);
    }
  }
  plan.sheets.forEach((sheetPlan, i) => {
    workbook.names.add(
      ownerMarkName(sheetPlan.key),
      ownerMarkFormula(naming.final[i]),
      `Sheet made by IIJ Statements (${sheetPlan.key}); reloading replaces it.`
    );
  });
  workbook.settings.add(
    LOAD_RECORD_SETTING,
    serializeLoadRecord({
      edition: options.edition,
      tables: options.tables ?? null,
      mode: options.mode,
      highlightMinor: options.highlightMinor,
      highlighted: supported.has("highlights"),
    })
  );
  created[0]?.activate();
}

/**
 * After a failed write: removes every sheet that was not there before the load, found by Excel's
 * sheet id (a sheet may already carry its final name when the write broke after the renames).
 * Returns whether the add-in's previous sheets are still all there.
 */
async function removeNewSheets(
  context: Excel.RequestContext,
  before: ReadonlySet<string>,
  previouslyOwned: ReadonlyArray<string>
): Promise<boolean> {
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const leftovers = sheets.items.filter((s) => !before.has(s.id));
    const kept = new Set(
      sheets.items.filter((s) => before.has(s.id)).map((s) => s.name.toLocaleUpperCase())
    );
    leftovers.forEach((s) => s.delete());
    if (leftovers.length > 0) {
      await context.sync();
    }
    return previouslyOwned.every((name) => kept.has(name.toLocaleUpperCase()));
  } catch {
    // The first error is the one to report; a failed clean-up leaves "~IIJ loading" sheets
    // that the next load does not own and never touches.
    return true;
  }
}

/**
 * Loads the release into the workbook in two syncs: one read (sheets, the add-in's marks, the
 * record, protection) and one write (every sheet, names, marks, record). Users' sheets are never
 * touched; a clashing name is avoided and reported. On failure the new sheets are removed and the
 * old ones stay as they were.
 *
 * @param deps - Excel runner, requirement check, plan and engine
 * @param options - what to load
 * @returns the sheets written, the renames, and the release's check report
 */
export async function loadRelease(deps: ExcelDeps, options: LoadOptions): Promise<LoadResult> {
  const { supported } = detectFeatures(deps.requirements);
  if (!supported.has("load")) {
    throw new WorkbookError("unsupported", "Loading the release needs ExcelApi 1.7.");
  }
  const plan = deps.buildPlan(options);
  const naming = await deps.run(async (context) => {
    const read = queueWorkbookState(context);
    try {
      await context.sync();
    } catch (error) {
      throw toWorkbookError(error, "The workbook could not be read.");
    }
    const state = read();
    if (state.protected) {
      throw new WorkbookError("protected", "No sheet was added or changed.");
    }
    const owned = state.owned.map((o) => o.sheet);
    const chosen = chooseSheetNames(
      plan.sheets.map((s) => s.name),
      state.sheets,
      owned
    );
    queueWrites(context, plan, state, chosen, options, supported);
    try {
      await context.sync();
    } catch (error) {
      const previous = state.owned.map((o) => o.sheet);
      const intact = await removeNewSheets(context, state.sheetIds, previous);
      throw toWorkbookError(
        error,
        intact
          ? "The release could not be written; your sheets are unchanged."
          : "The release could not be written; your own sheets are unchanged, but the add-in's previous sheets were already removed: load the release again."
      );
    }
    return chosen;
  });
  naming.final.forEach((sheet, i) =>
    options.onProgress?.({ sheet, done: i + 1, total: naming.final.length })
  );
  return {
    sheets: naming.final,
    renamed: naming.renamed,
    report: deps.checkGrids(plan, planGrids(plan), options.mode),
  };
}
