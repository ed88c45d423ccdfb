import { estimateBytes } from "./estimateBytes";
import { REQUEST_BUDGET_BYTES, packRequests } from "./syncInRequests";

/** A custom rule read back, with what identifies it. */
export type ReadRule = {
  readonly format: Excel.ConditionalFormat;
  readonly formula: string;
  readonly fill: string;
  readonly font: string;
};

/** What reading one rule back adds to a request: the rule, its format parts, kept references. */
const BYTES_PER_RULE_READ = estimateBytes(5, ["items/formula"]);

/** One sheet's custom rules as far as they could be read. */
export type SheetRules = { readonly rules: ReadonlyArray<ReadRule>; readonly complete: boolean };

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
