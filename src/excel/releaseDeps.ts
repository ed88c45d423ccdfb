import { deriveRules } from "../core/checks/deriveRules";
import { runChecks } from "../core/checks/runChecks";
import { buildWorkbookPlan, placementKey } from "../core/layout/buildWorkbookPlan";
import { gridSources } from "../core/layout/gridSources";
import { layoutChecks } from "../core/layout/layoutChecks";
import { finishSheet, newSheetDraft } from "../core/layout/SheetDraft";
import type { PlacedCell } from "../core/layout/WorkbookPlan";
import type { DatasetIndex } from "../core/model/DatasetIndex";
import type { ExcelDeps } from "./ExcelDeps";
import type { RequirementCheck } from "./features";

/**
 * The adapter's dependencies over the release: plans from buildWorkbookPlan, checks by the
 * engine over grids (gridSources), the Checks sheet as the layout lays it out. The rules are
 * derived once here.
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
  const rules = deriveRules(index);
  return {
    run,
    requirements,
    buildPlan: (options) => buildWorkbookPlan(index, options),
    checkGrids: (plan, grids, mode) =>
      runChecks(index, rules, gridSources(plan, Object.fromEntries(grids)), mode),
    checksSheet: (plan, report, mode) => {
      const placed = new Map<string, PlacedCell>(
        plan.placements.map((p) => [placementKey(p.edition, p.ref), p])
      );
      const name = plan.sheets.find((s) => s.key === "checks")?.name ?? "Checks";
      const draft = newSheetDraft("checks", name, null);
      layoutChecks(draft, report, (edition, ref) => placed.get(placementKey(edition, ref)), mode);
      return finishSheet(draft, new Set([1]), 0);
    },
  };
}
