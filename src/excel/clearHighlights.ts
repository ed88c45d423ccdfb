import { annotationKind, annotationsOf } from "./annotations";
import { toWorkbookError } from "./errors";
import type { ExcelDeps } from "./ExcelDeps";
import { detectFeatures } from "./features";
import { NOTE_PREFIX } from "./findingNotes";
import { isHighlightColors } from "./highlightColors";
import { LOAD_RECORD_SETTING, serializeLoadRecord } from "./loadRecord";
import { queueWorkbookState } from "./readWorkbookState";

/**
 * Queues the removal of the add-in's highlights (custom conditional formats in its colours) and,
 * when `annotations` is given, its notes, on the sheets named; syncs to read them and once more
 * to delete. Returns how many were removed.
 *
 * @param context - the request context
 * @param sheets - the add-in's sheets
 * @param annotations - the note kind to remove, or null to leave notes
 * @returns the number of highlights and notes removed
 */
export async function clearOwnHighlights(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<string>,
  annotations: "notes" | "comments" | null
): Promise<number> {
  const formats = sheets.map((name) =>
    context.workbook.worksheets.getItem(name).getRange().conditionalFormats.load("items/type")
  );
  const notes =
    annotations === null
      ? []
      : sheets.map((name) =>
          annotationsOf(context.workbook.worksheets.getItem(name), annotations).load(
            "items/content"
          )
        );
  await context.sync();
  const custom = formats.flatMap((f) => f.items.filter((cf) => cf.type === "Custom"));
  const colors = custom.map((cf) => ({
    cf,
    fill: cf.custom.format.fill.load("color"),
    font: cf.custom.format.font.load("color"),
  }));
  if (colors.length > 0) {
    await context.sync();
  }
  let removed = 0;
  for (const { cf, fill, font } of colors) {
    if (isHighlightColors(fill.color, font.color)) {
      cf.delete();
      removed += 1;
    }
  }
  for (const collection of notes) {
    for (const item of collection.items) {
      if (String(item.content).startsWith(NOTE_PREFIX)) {
        item.delete();
        removed += 1;
      }
    }
  }
  return removed;
}

/**
 * Removes exactly the highlights and notes the add-in added, on its own sheets only.
 *
 * @param deps - Excel runner and requirement check
 * @returns how many were removed
 */
export async function clearHighlights(deps: ExcelDeps): Promise<number> {
  const { supported } = detectFeatures(deps.requirements);
  return deps.run(async (context) => {
    try {
      const read = queueWorkbookState(context);
      await context.sync();
      const state = read();
      if (state.owned.length === 0) {
        return 0;
      }
      const removed = await clearOwnHighlights(
        context,
        state.owned.map((o) => o.sheet),
        annotationKind(supported)
      );
      if (state.record !== null) {
        context.workbook.settings.add(
          LOAD_RECORD_SETTING,
          serializeLoadRecord({ ...state.record, highlighted: false })
        );
      }
      await context.sync();
      return removed;
    } catch (error) {
      throw toWorkbookError(error, "The highlights could not be removed.");
    }
  });
}
