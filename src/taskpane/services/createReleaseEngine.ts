import { datasetSources } from "../../core/checks/datasetSources";
import { deriveRules } from "../../core/checks/deriveRules";
import { runChecks } from "../../core/checks/runChecks";
import type { PlacedCell } from "../../core/layout/WorkbookPlan";
import { buildIndex } from "../../core/model/buildIndex";
import type { Dataset } from "../../core/model/Dataset";
import type { DatasetIndex } from "../../core/model/DatasetIndex";
import type { LoadedWorkbook, ReleaseEngine } from "./ReleaseEngine";
import { tableViews } from "./tableViews";

/** Where a load put every dataset cell: the layout plan's placements for those options. */
export type PlacementsOf = (
  index: DatasetIndex,
  options: LoadedWorkbook["options"]
) => ReadonlyArray<PlacedCell>;

/**
 * The release engine over a dataset: indexes it once, derives the rules once, and keeps the
 * placements of the last load's options so locating a finding is a map lookup.
 *
 * @param dataset - the release
 * @param placementsOf - the layout plan's placements for load options
 * @returns the engine
 * @example
 * createReleaseEngine(dataset, placementsOf).checkRelease("round").counts.share.checked
 */
export function createReleaseEngine(dataset: Dataset, placementsOf: PlacementsOf): ReleaseEngine {
  const index = buildIndex(dataset);
  const rules = deriveRules(index);
  const sources = datasetSources(index);
  let cached: { key: string; cells: ReadonlyMap<string, PlacedCell> } | null = null;
  const cellsFor = (options: LoadedWorkbook["options"]): ReadonlyMap<string, PlacedCell> => {
    const key = JSON.stringify(options);
    if (cached === null || cached.key !== key) {
      const cells = new Map(
        placementsOf(index, options).map(
          (p) => [`${p.edition}|${p.ref.table}|${p.ref.item}|${p.ref.column}`, p] as const
        )
      );
      cached = { key, cells };
    }
    return cached.cells;
  };
  return {
    checkRelease: (mode) => runChecks(index, rules, sources, mode),
    tables: (language) => tableViews(dataset, language),
    locate: (finding, loaded) => {
      const { where, edition } = finding;
      const placed = cellsFor(loaded.options).get(
        `${edition}|${where.table}|${where.item}|${where.column}`
      );
      if (placed === undefined) {
        return null;
      }
      const renamed = loaded.renamed.find((r) => r.wanted === placed.sheet);
      return { sheet: renamed?.actual ?? placed.sheet, address: placed.address };
    },
  };
}
