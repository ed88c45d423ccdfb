import type { Severity } from "../core/checks/Severity";
import { gridHighlights } from "../core/inference/gridHighlights";
import { readAllRules } from "./readAllRules";
import { WorkbookError, toWorkbookError } from "./errors";
import { estimateBytes } from "./estimateBytes";
import type { ExcelDeps } from "./ExcelDeps";
import { detectFeatures } from "./features";
import { highlightSteps } from "./highlightSteps";
import { ruleFingerprint } from "./ruleFingerprint";
import type { CheckedSelection, SelectionHighlightResult } from "./SelectionActions";
import { SELECTION_RECORD_SETTING, type SelectionRecord } from "./selectionRecord";
import { readSelectionRecord } from "./readSelectionRecord";
import { syncInRequests } from "./syncInRequests";
import type { WriteStep } from "./WriteStep";

/**
 * The most conditional-format rules one "Highlight in this sheet" writes. Excel evaluates every
 * rule of a sheet on each recalculation and redraw. With rules over several areas (ExcelApi 1.9)
 * a regular statement takes a few dozen rules at any length (see `gridHighlights`); without,
 * they grow with its blocks (1,066 for 400 rows of 44 blocks, red and amber counted). 500 is
 * ten times a small table's; a larger highlight is refused and done a part at a time. A limit
 * chosen here, not one Excel documents.
 */
export const HIGHLIGHT_RULE_LIMIT = 500;

/** The ExcelApi version of `Worksheet.getRanges`, which one rule over several areas needs. */
const MULTI_AREA_API = "1.9";

/** The record with one selection's fingerprints set (or its entry removed when there are none). */
function withEntry(
  record: SelectionRecord,
  sheetId: string,
  address: string,
  fingerprints: ReadonlyArray<string>
): SelectionRecord {
  const entries = { ...record[sheetId] };
  if (fingerprints.length === 0) {
    delete entries[address];
  } else {
    entries[address] = fingerprints;
  }
  const next = { ...record, [sheetId]: entries };
  if (Object.keys(entries).length === 0) {
    delete next[sheetId];
  }
  return next;
}

function recordStep(context: Excel.RequestContext, record: SelectionRecord): WriteStep {
  const value = JSON.stringify(record);
  return {
    bytes: estimateBytes(3, [SELECTION_RECORD_SETTING, value]),
    formulas: false,
    queue: () => context.workbook.settings.add(SELECTION_RECORD_SETTING, value),
  };
}

/**
 * Highlights a checked selection's findings on its own sheet, at the user's request: the same
 * live range-wide rules as the add-in's sheets (red for major, amber for minor when asked), each
 * reading only cells of that sheet, and nothing else written to it (no value, no note). Every
 * rule is recorded in the workbook's settings (fingerprints of their formulas, per sheet and
 * selection) before it is written, so Clear removes exactly these; highlighting the same
 * selection again replaces its earlier rules. The writes go in requests bounded by size. A
 * selection that would take more than HIGHLIGHT_RULE_LIMIT rules is refused before any request:
 * nothing is read or written.
 *
 * @param deps - the Excel runner, requirement check and request budget
 * @param checked - the selection as checked
 * @param highlightMinor - whether minor findings get the amber rule
 * @returns how many rules were written and replaced, or how many it would take when refused
 */
export async function highlightSelection(
  deps: Pick<ExcelDeps, "run" | "requirements" | "requestBudget">,
  checked: CheckedSelection,
  highlightMinor: boolean
): Promise<SelectionHighlightResult> {
  const { supported } = detectFeatures(deps.requirements);
  if (!supported.has("highlights")) {
    throw new WorkbookError("unsupported", "Highlights need ExcelApi 1.6.");
  }
  const severities: ReadonlyArray<Severity> = highlightMinor ? ["major", "minor"] : ["major"];
  const highlights = gridHighlights(
    checked.grid,
    checked.check.relations,
    checked.origin,
    checked.sheet,
    checked.mode,
    severities,
    deps.requirements(MULTI_AREA_API)
  );
  if (highlights.length > HIGHLIGHT_RULE_LIMIT) {
    return { kind: "tooMany", rules: highlights.length, limit: HIGHLIGHT_RULE_LIMIT };
  }
  const fingerprints = [...new Set(highlights.map((h) => ruleFingerprint(h.formula)))];
  return deps.run(async (context) => {
    try {
      const record = await readSelectionRecord(context);
      const earlier = new Set(record[checked.sheetId]?.[checked.address] ?? []);
      const [sheetRules] =
        earlier.size === 0
          ? [{ rules: [] }]
          : await readAllRules(context, [checked.sheetId], false);
      const stale = sheetRules.rules.filter((r) => earlier.has(ruleFingerprint(r.formula)));
      const { sheetId, address } = checked;
      const steps: WriteStep[] = [
        // Recorded first, with the earlier rules: a failure part-way leaves every rule of ours
        // recorded, so Clear still finds it.
        recordStep(context, withEntry(record, sheetId, address, [...earlier, ...fingerprints])),
        ...stale.map((r) => ({
          bytes: estimateBytes(2, []),
          formulas: false,
          queue: () => r.format.delete(),
        })),
        ...highlightSteps(sheetId, highlights),
        recordStep(context, withEntry(record, sheetId, address, fingerprints)),
      ];
      await syncInRequests(context, steps, {
        suspendCalculation: supported.has("suspendCalculation"),
        budget: deps.requestBudget,
      });
      return { kind: "written", rules: highlights.length, replaced: stale.length };
    } catch (error) {
      throw toWorkbookError(error, `The highlights could not be written on ${checked.sheet}.`);
    }
  });
}
