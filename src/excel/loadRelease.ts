import type { WorkbookPlan } from "../core/layout/WorkbookPlan";
import { chooseSheetNames, type SheetNaming } from "./chooseSheetNames";
import { estimateBytes } from "./estimateBytes";
import { WorkbookError, toWorkbookError } from "./errors";
import type { ExcelDeps } from "./ExcelDeps";
import { detectFeatures, type Feature } from "./features";
import { LOAD_RECORD_SETTING, serializeLoadRecord } from "./loadRecord";
import { OWNER_MARK_PREFIX, ownerMarkFormula, ownerMarkName } from "./ownershipMarks";
import { quoteSheet } from "../core/layout/a1";
import { queueWorkbookState, type WorkbookState } from "./readWorkbookState";
import { renameReferences, renameSheetReferences } from "./renameSheetReferences";
import { renderSheet } from "./renderSheet";
import { ruleRecord } from "./ruleRecord";
import { syncInRequests } from "./syncInRequests";
import type { LoadOptions, LoadResult } from "./WorkbookActions";
import type { WriteStep } from "./WriteStep";

/** Whether an existing workbook name is the add-in's: IIJ_ and pointing at its sheets or broken. */
function isOwnName(name: string, formula: string, ownedSheets: ReadonlyArray<string>): boolean {
  return (
    name.toUpperCase().startsWith("IIJ_") &&
    (formula.includes("#REF!") ||
      ownedSheets.some((s) => formula.includes(`${quoteSheet(s)}!`)) ||
      ownedSheets.some((s) => formula.startsWith(`=${s}!`)))
  );
}

/** What the name steps did to the workbook's names, so a failed load can put them back. */
type NameChanges = {
  /** The add-in's previous names given a new target, with the formula they had. */
  readonly redefined: ReadonlyArray<{ readonly item: Excel.NamedItem; readonly formula: string }>;
  /** Names the load added (upper case). */
  readonly added: ReadonlySet<string>;
};

/** The writes of a load as steps, and where each sheet's steps end. */
export type LoadSteps = {
  readonly steps: ReadonlyArray<WriteStep>;
  /** For each planned sheet, how many steps are done once it is written. */
  readonly sheetEnds: ReadonlyArray<number>;
  readonly names: NameChanges;
};

/**
 * A load's writes as steps in the order Excel needs them, for syncInRequests: every new sheet
 * under a temporary name (so cross-sheet formulas bind to the new sheets, not the ones they
 * replace; a naming whose temporary names are the final ones renames nothing); the workbook names, before any rule that reads them (the add-in's previous names of
 * the same spelling are pointed at the new sheets, the others added); each sheet's content and
 * highlights; then the swap, last: the previous sheets deleted (their rules with them), then the
 * names no rule reads any more, the renames, the marks and the record.
 *
 * @param plan - the plan
 * @param state - the workbook as read before the load
 * @param naming - temporary and final names
 * @param options - what to load
 * @param supported - the host's features
 * @returns the steps, where each sheet's steps end, and the name changes to undo on failure
 */
export function loadSteps(
  plan: WorkbookPlan,
  state: WorkbookState,
  naming: SheetNaming,
  options: LoadOptions,
  supported: ReadonlySet<Feature>
): LoadSteps {
  const planned = plan.sheets.map((s) => s.name);
  const toTemporary = new Map(planned.map((n, i) => [n, naming.temporary[i]]));
  const toFinal = new Map(planned.map((n, i) => [n, naming.final[i]]));
  const ownedNames = state.owned.map((o) => o.sheet);
  const existing = new Map(state.names.map((n) => [n.name.toUpperCase(), n]));
  const steps: WriteStep[] = [
    {
      bytes: estimateBytes(2 * naming.temporary.length, naming.temporary),
      formulas: false,
      queue: ({ context }) => {
        naming.temporary.forEach((name) => context.workbook.worksheets.add(name));
      },
    },
  ];
  const redefined: Array<{ item: Excel.NamedItem; formula: string }> = [];
  const added = new Set<string>();
  for (const { name, refersTo, comment } of plan.names) {
    const formula = renameReferences(refersTo, toTemporary);
    const held = existing.get(name.toUpperCase());
    if (held === undefined) {
      added.add(name.toUpperCase());
      steps.push({
        bytes: estimateBytes(3, [name, formula, comment]),
        formulas: true,
        queue: ({ context }) => {
          context.workbook.names.add(name, formula, comment);
        },
      });
    } else if (isOwnName(held.name, held.formula, ownedNames)) {
      redefined.push({ item: held.item, formula: held.formula });
      steps.push({
        bytes: estimateBytes(2, [formula]),
        formulas: true,
        queue: () => {
          held.item.formula = formula;
        },
      });
    }
    // A user's name of the same spelling stays; the add-in does without its own.
  }
  const sheetEnds: number[] = [];
  plan.sheets.forEach((sheetPlan, i) => {
    const renamed = renameSheetReferences(sheetPlan, toTemporary, toFinal);
    steps.push(...renderSheet(naming.temporary[i], renamed, supported));
    sheetEnds.push(steps.length);
  });
  const keptOwn = new Set([...added, ...redefined.map((r) => r.item.name.toUpperCase())]);
  const obsolete = state.names.filter(
    ({ name, formula }) =>
      !keptOwn.has(name.toUpperCase()) &&
      (name.toUpperCase().startsWith(OWNER_MARK_PREFIX) || isOwnName(name, formula, ownedNames))
  );
  const record = serializeLoadRecord({
    edition: options.edition,
    tables: options.tables ?? null,
    mode: options.mode,
    highlightMinor: options.highlightMinor,
    highlighted: supported.has("highlights"),
    // Without highlights the record says so (no rules), so Clear never falls back to colours.
    rules: supported.has("highlights") ? ruleRecord(plan, toFinal) : {},
  });
  steps.push({
    bytes: estimateBytes(6 * plan.sheets.length + 2 * obsolete.length, [naming, record]),
    formulas: false,
    queue: ({ context, sheet }) => {
      const workbook = context.workbook;
      for (const owned of ownedNames) {
        workbook.worksheets.getItem(owned).delete();
      }
      obsolete.forEach(({ item }) => item.delete());
      // Excel carries the formulas and names written against the temporary names over.
      naming.temporary.forEach((name, i) => {
        if (name !== naming.final[i]) {
          sheet(name).name = naming.final[i];
        }
      });
      plan.sheets.forEach((sheetPlan, i) => {
        workbook.names.add(
          ownerMarkName(sheetPlan.key),
          ownerMarkFormula(naming.final[i]),
          `Sheet made by IIJ Statements (${sheetPlan.key}); reloading replaces it.`
        );
      });
      workbook.settings.add(LOAD_RECORD_SETTING, record);
      if (naming.temporary.length > 0) {
        sheet(naming.temporary[0]).activate();
      }
    },
  });
  return { steps, sheetEnds, names: { redefined, added } };
}

/**
 * After a failed write: removes every sheet that was not there before the load, found by Excel's
 * sheet id (a sheet may already carry its final name when the write broke after the renames),
 * deletes the names the load added and points the names it redefined back. Returns whether the
 * add-in's previous sheets are still all there.
 */
async function undoLoad(
  context: Excel.RequestContext,
  before: ReadonlySet<string>,
  previouslyOwned: ReadonlyArray<string>,
  names: NameChanges
): Promise<boolean> {
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    const current = context.workbook.names.load("items/name");
    await context.sync();
    const leftovers = sheets.items.filter((s) => !before.has(s.id));
    const kept = new Set(
      sheets.items.filter((s) => before.has(s.id)).map((s) => s.name.toLocaleUpperCase())
    );
    const intact = previouslyOwned.every((name) => kept.has(name.toLocaleUpperCase()));
    current.items.filter((n) => names.added.has(n.name.toUpperCase())).forEach((n) => n.delete());
    if (intact) {
      names.redefined.forEach(({ item, formula }) => {
        item.formula = formula;
      });
    }
    leftovers.forEach((s) => s.delete());
    await context.sync();
    return intact;
  } catch {
    // The first error is the one to report; a failed clean-up leaves "~IIJ loading" sheets
    // that the next load does not own and never touches.
    return true;
  }
}

/**
 * Loads the release into the workbook: one read (sheets, the add-in's marks, the record,
 * protection), then the writes in as many requests as their size needs (each under Excel on the
 * web's limit), new sheets built under temporary names and swapped in by the last. Users' sheets
 * are never touched; a clashing name is avoided and reported. On failure the new sheets are
 * removed and the old ones stay as they were.
 *
 * The plan is built once and carries its check: the report returned is the one its Checks sheet
 * lists, not a second run of the engine over the same values.
 *
 * @param deps - Excel runner, requirement check, plan and engine
 * @param options - what to load; onProgress is told of each sheet once it is planned and named
 *   (phase "plan"), then once its requests completed (phase "write")
 * @returns the sheets written, the renames, and the plan's check report
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
    const wanted = chooseSheetNames(
      plan.sheets.map((s) => s.name),
      state.sheets,
      owned
    );
    // With none of the add-in's sheets to replace, no formula can bind to an old sheet: the new
    // sheets are built under their final names, and the swap renames nothing.
    const chosen = owned.length === 0 ? { ...wanted, temporary: wanted.final } : wanted;
    const { steps, sheetEnds, names } = loadSteps(plan, state, chosen, options, supported);
    const total = sheetEnds.length;
    chosen.final.forEach((sheet, i) =>
      options.onProgress?.({ phase: "plan", sheet, done: i + 1, total })
    );
    let reported = 0;
    try {
      await syncInRequests(context, steps, {
        suspendCalculation: supported.has("suspendCalculation"),
        budget: deps.requestBudget,
        onSynced: (done) => {
          while (reported < sheetEnds.length && sheetEnds[reported] <= done) {
            reported += 1;
            options.onProgress?.({
              phase: "write",
              sheet: chosen.final[reported - 1],
              done: reported,
              total,
            });
          }
        },
      });
    } catch (error) {
      const intact = await undoLoad(context, state.sheetIds, owned, names);
      throw toWorkbookError(
        error,
        intact
          ? "The release could not be written; your sheets are unchanged."
          : "The release could not be written; your own sheets are unchanged, but the add-in's previous sheets were already removed: load the release again."
      );
    }
    return chosen;
  });
  return { sheets: naming.final, renamed: naming.renamed, report: plan.report };
}
