import { compileRules } from "../core/checks/compileRules";
import type { CellProblem } from "../core/checks/CellProblem";
import type { FigureSource } from "../core/checks/FigureReading";
import { runChecks, type EditionSources } from "../core/checks/runChecks";
import { buildWorkbookPlan } from "../core/layout/buildWorkbookPlan";
import { placementKey, placementLookup } from "../core/layout/placementKey";
import { gridSources } from "../core/layout/gridSources";
import { layoutChecks } from "../core/layout/layoutChecks";
import { finishSheet, newSheetDraft } from "../core/layout/SheetDraft";
import type { WorkbookPlan } from "../core/layout/WorkbookPlan";
import type { DatasetIndex } from "../core/model/DatasetIndex";
import type { Edition } from "../core/model/Edition";
import type { ExcelDeps } from "./ExcelDeps";
import type { RequirementCheck } from "./features";

/** Sources in which the figures not found on their sheets read as unreadable, with the reason. */
function withMissing(
  sources: EditionSources,
  missing: ReadonlyMap<string, CellProblem> | undefined
): EditionSources {
  if (missing === undefined || missing.size === 0) {
    return sources;
  }
  const wrap = (edition: Edition, source: FigureSource | undefined): FigureSource | undefined =>
    source === undefined
      ? undefined
      : (ref) => {
          const reason = missing.get(placementKey(edition, ref));
          return reason === undefined ? source(ref) : { kind: "unreadable", reason };
        };
  return { en: wrap("en", sources.en), ja: wrap("ja", sources.ja) };
}

/**
 * The adapter's dependencies over the release: plans from buildWorkbookPlan, checks by the
 * engine over grids (gridSources), the Checks sheet as the layout lays it out. The rules are
 * compiled once per dataset (compileRules), here and for every plan.
 *
 * @param index - the dataset index, built once
 * @param run - Excel.run, or a fake
 * @param requirements - the host's requirement check
 * @returns the dependencies
 */
export function releaseDeps(
  index: DatasetIndex,
  run: ExcelDeps["run"],
  requirements: RequirementCheck
): ExcelDeps {
  const rules = compileRules(index);
  // "Go to" rebuilds the loaded plan on every click: the last one is kept (plans are immutable).
  let last: { key: string; plan: WorkbookPlan } | null = null;
  return {
    run,
    requirements,
    buildPlan: (options) => {
      const key = JSON.stringify([
        options.edition,
        options.tables,
        options.mode,
        options.highlightMinor,
      ]);
      if (last === null || last.key !== key) {
        last = { key, plan: buildWorkbookPlan(index, options) };
      }
      return last.plan;
    },
    checkGrids: (plan, grids, mode, missing) =>
      runChecks(rules, withMissing(gridSources(plan, Object.fromEntries(grids)), missing), mode),
    checksSheet: (plan, report, mode) => {
      const name = plan.sheets.find((s) => s.key === "checks")?.name ?? "Checks";
      const draft = newSheetDraft("checks", name, null);
      layoutChecks(draft, report, placementLookup(plan.placements), mode);
      return finishSheet(draft, new Set([1]), 0);
    },
  };
}
