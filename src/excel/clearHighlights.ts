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
import { REQUEST_BUDGET_BYTES, packRequests, syncInRequests } from "./syncInRequests";
import type { ClearResult } from "./WorkbookActions";
import type { WriteStep } from "./WriteStep";

/** A custom rule read back, with what identifies it. */
type ReadRule = {
  readonly format: Excel.ConditionalFormat;
  readonly formula: string;
  readonly fill: string;
  readonly font: string;
};

/** What reading one rule back adds to a request: the rule, its format parts, kept references. */
const BYTES_PER_RULE_READ = estimateBytes(5, ["items/formula"]);

/** One sheet's custom rules as far as they could be read. */
type SheetRules = { readonly rules: ReadonlyArray<ReadRule>; readonly complete: boolean };

/** Queues the reads of some rules' formula (and colours, for a record without rules). */
function queueRuleReads(formats: ReadonlyArray<Excel.ConditionalFormat>, colours: boolean) {
  const reads = formats.map((format) => ({
    format,
    rule: format.custom.rule.load("formula"),
    fill: colours ? format.custom.format.fill.load("color") : null,
    font: colours ? format.custom.format.font.load("color") : null,
  }));
  return (): ReadRule[] =>
    reads.map((r) => ({
      format: r.format,
      formula: String(r.rule.formula),
      fill: r.fill?.color ?? "",
      font: r.font?.color ?? "",
    }));
}

/**
 * Reads one sheet's custom rules. Reading a rule back can fail for reasons of Excel's own
 * (OfficeDev/office-js#6827, #6835); then the rules are read one by one and those that cannot
 * be read are left, so the sheet is cleared as far as it can be.
 */
async function readSheetRules(
  context: Excel.RequestContext,
  sheet: string,
  colours: boolean
): Promise<SheetRules> {
  const collection = context.workbook.worksheets
    .getItem(sheet)
    .getRange()
    .conditionalFormats.load("items/type");
  try {
    await context.sync();
  } catch {
    return { rules: [], complete: false };
  }
  const custom = collection.items.filter((cf) => cf.type === "Custom");
  if (custom.length === 0) {
    return { rules: [], complete: true };
  }
  const all = queueRuleReads(custom, colours);
  try {
    await context.sync();
    return { rules: all(), complete: true };
  } catch {
    const rules: ReadRule[] = [];
    for (const format of custom) {
      const one = queueRuleReads([format], colours);
      try {
        // Only after a failed read of the whole sheet: each rule alone, to find the bad one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        rules.push(...one());
      } catch {
        // This rule cannot be read; the sheet is reported as not fully cleared.
      }
    }
    return { rules, complete: false };
  }
}

/**
 * Reads every sheet's custom rules in two requests; when Excel refuses one of them, sheet by
 * sheet instead (readSheetRules), so the sheets that can be read still are. Also used for the
 * rules a selection highlight wrote on a user's sheet (`sheets` may name sheets by id).
 */
export async function readAllRules(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<string>,
  colours: boolean
): Promise<ReadonlyArray<SheetRules>> {
  try {
    const collections = sheets.map((sheet) =>
      context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats.load("items/type")
    );
    await context.sync();
    const custom = collections.flatMap((c, sheet) =>
      c.items
        .filter((cf) => cf.type === "Custom")
        .map((format) => ({ sheet, format, bytes: BYTES_PER_RULE_READ }))
    );
    const rules: ReadRule[][] = sheets.map(() => []);
    for (const request of packRequests(custom, REQUEST_BUDGET_BYTES)) {
      const read = queueRuleReads(
        request.map((r) => r.format),
        colours
      );
      // One request per budget's worth of rules: the reads are bounded like the writes.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      read().forEach((rule, i) => rules[request[i].sheet].push(rule));
    }
    return rules.map((r) => ({ rules: r, complete: true }));
  } catch {
    const bySheet: SheetRules[] = [];
    for (const sheet of sheets) {
      // Only after a failed read of all sheets: one at a time, to isolate the one at fault.
      bySheet.push(await readSheetRules(context, sheet, colours));
    }
    return bySheet;
  }
}

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

/**
 * Removes exactly the highlights and notes the add-in added, on its own sheets only.
 *
 * @param deps - Excel runner and requirement check
 * @returns how many were removed, and the sheets whose rules could not all be read
 */
export async function clearHighlights(deps: ExcelDeps): Promise<ClearResult> {
  const { supported } = detectFeatures(deps.requirements);
  return deps.run(async (context) => {
    try {
      const read = queueWorkbookState(context);
      await context.sync();
      const state = read();
      if (state.owned.length === 0) {
        return { removed: 0, rules: 0, unreadSheets: [] };
      }
      const result = await clearOwnHighlights(
        context,
        state.owned,
        state.record,
        annotationKind(supported)
      );
      if (state.record !== null) {
        context.workbook.settings.add(
          LOAD_RECORD_SETTING,
          serializeLoadRecord({
            ...state.record,
            highlighted: false,
            // Rules that could not be read stay recorded, so a later Clear can try again.
            rules: result.unreadSheets.length === 0 ? {} : state.record.rules,
          })
        );
        await context.sync();
      }
      return result;
    } catch (error) {
      throw toWorkbookError(error, "The highlights could not be removed.");
    }
  });
}
