import { annotationKind, annotationsOf } from "./annotations";
import { estimateBytes } from "./estimateBytes";
import { toWorkbookError } from "./errors";
import type { ExcelDeps } from "./ExcelDeps";
import { detectFeatures } from "./features";
import { isFindingNote } from "./findingNotes";
import { isHighlightColors } from "./highlightColors";
import { LOAD_RECORD_SETTING, serializeLoadRecord, type LoadRecord } from "./loadRecord";
import type { OwnedSheet } from "./ownershipMarks";
import { queueWorkbookState } from "./readWorkbookState";
import { ruleFingerprint } from "./ruleFingerprint";
import { clearSelectionRules } from "./clearSelectionRules";
import { queueSelectionRecord } from "./queueSelectionRecord";
import { readAllRules } from "./readAllRules";
import { syncInRequests } from "./syncInRequests";
import type { ClearResult } from "./WorkbookActions";
import type { WriteStep } from "./WriteStep";

/**
 * Removes the add-in's highlights from its sheets, and, when `annotations` is given, its notes.
 * The add-in's rules are those the load record lists for the sheet (by formula fingerprint);
 * for a record written before rules were recorded, those in the highlight colours. Each sheet's
 * rules are read on their own, so one unreadable rule leaves the rest cleared; the deletions go
 * in requests bounded by size.
 *
 * @param context - the request context
 * @param sheets - the add-in's sheets with their marks
 * @param record - the load record (its rules), or null
 * @param annotations - the note kind to remove, or null to leave notes
 * @returns how many highlights and notes were removed, and the sheets not fully cleared
 */
export async function clearOwnHighlights(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<OwnedSheet>,
  record: LoadRecord | null,
  annotations: "notes" | "comments" | null
): Promise<ClearResult> {
  const recorded = record?.rules;
  const steps: WriteStep[] = [];
  const unread: string[] = [];
  const read = await readAllRules(
    context,
    sheets.map((s) => s.sheet),
    recorded === undefined
  );
  for (const [i, { sheet, mark }] of sheets.entries()) {
    const { rules, complete } = read[i];
    if (!complete) {
      unread.push(sheet);
    }
    const own = new Set(recorded?.[mark.toUpperCase()] ?? []);
    for (const rule of rules) {
      const ours =
        recorded === undefined
          ? isHighlightColors(rule.fill, rule.font)
          : own.has(ruleFingerprint(rule.formula));
      if (ours) {
        steps.push({
          bytes: estimateBytes(2, []),
          formulas: false,
          queue: () => rule.format.delete(),
        });
      }
    }
  }
  const removedRules = steps.length;
  if (annotations !== null) {
    const notes = sheets.map(({ sheet }) =>
      annotationsOf(context.workbook.worksheets.getItem(sheet), annotations).load("items/content")
    );
    await context.sync();
    for (const collection of notes) {
      for (const item of collection.items) {
        if (isFindingNote(item.content)) {
          steps.push({ bytes: estimateBytes(2, []), formulas: false, queue: () => item.delete() });
        }
      }
    }
  }
  await syncInRequests(context, steps, { suspendCalculation: false });
  return { removed: steps.length, rules: removedRules, unreadSheets: unread };
}

/** Both clears' counts as one: what the pane reports after its Clear. */
function sum(a: ClearResult, b: ClearResult): ClearResult {
  return {
    removed: a.removed + b.removed,
    rules: a.rules + b.rules,
    unreadSheets: [...a.unreadSheets, ...b.unreadSheets],
  };
}

/**
 * Removes everything the add-in highlighted and nothing else: the highlights and notes of a
 * load on its own sheets (by the load record), and the rules "Highlight in this sheet" wrote on
 * a user's sheets (by the selection record, `clearSelectionRules`), each rule by the fingerprint
 * recorded for its sheet, so a user's own rules stay.
 *
 * @param deps - Excel runner and requirement check
 * @returns how many were removed, and the sheets whose rules could not all be read
 */
export async function clearHighlights(deps: ExcelDeps): Promise<ClearResult> {
  const { supported } = detectFeatures(deps.requirements);
  return deps.run(async (context) => {
    try {
      const read = queueWorkbookState(context);
      const readSelection = queueSelectionRecord(context);
      await context.sync();
      const state = read();
      const selection = readSelection();
      const load =
        state.owned.length === 0
          ? { removed: 0, rules: 0, unreadSheets: [] }
          : await clearOwnHighlights(context, state.owned, state.record, annotationKind(supported));
      if (state.record !== null && state.owned.length > 0) {
        context.workbook.settings.add(
          LOAD_RECORD_SETTING,
          serializeLoadRecord({
            ...state.record,
            highlighted: false,
            rules: load.unreadSheets.length === 0 ? {} : state.record.rules,
          })
        );
        await context.sync();
      }
      return sum(load, await clearSelectionRules(context, selection, deps.requestBudget));
    } catch (error) {
      throw toWorkbookError(error, "The highlights could not be removed.");
    }
  });
}
