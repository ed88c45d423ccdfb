import { buildCard } from "../../core/card/buildCard";
import type { CardContext } from "../../core/card/CardContext";
import { createCardContext } from "../../core/card/createCardContext";
import { datasetSources } from "../../core/checks/datasetSources";
import { compileRules } from "../../core/checks/compileRules";
import { runChecks } from "../../core/checks/runChecks";
import { buildIndex } from "../../core/model/buildIndex";
import type { Dataset } from "../../core/model/Dataset";
import type { ReleaseEngine } from "./ReleaseEngine";
import { tableViews } from "./tableViews";

/**
 * The release engine over a dataset: indexes it once and derives the rules once.
 *
 * @param dataset - the release
 * @returns the engine
 * @example
 * createReleaseEngine(dataset).checkRelease("round").counts.share.checked
 */
export function createReleaseEngine(dataset: Dataset): ReleaseEngine {
  const index = buildIndex(dataset);
  const rules = compileRules(index);
  const sources = datasetSources(index);
  // Built on the first card: the release's check as printed (rounded), indexed by cell.
  let cards: CardContext | undefined;
  return {
    checkRelease: (mode) => runChecks(rules, sources, mode),
    tables: (language) => tableViews(dataset, language),
    figureCard: (place) => {
      cards ??= createCardContext(index, rules.all(), runChecks(rules, sources, "round"), sources);
      return buildCard(cards, place.where, place.edition);
    },
  };
}
