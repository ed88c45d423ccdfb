import type { Finding } from "../checks/Finding";
import type { Unit } from "../model/Unit";
import type { Localized } from "../model/Edition";
import type { Provenance } from "../provenance/Provenance";
import type { CardFigure } from "./CardFigure";
import type { FigureRelation } from "./FigureRelation";

/**
 * Everything the add-in knows about one printed figure: what it is, where the release prints it,
 * what it must agree with (with the engine's verdicts), and the engine's findings on it.
 */
export type FigureCard = {
  readonly figure: CardFigure;
  readonly unit: Unit;
  readonly tableTitle: Localized;
  readonly provenance: Provenance;
  /** The figure as the checked source holds it now, where a user has changed it. */
  readonly current?: { readonly text: string };
  readonly relations: ReadonlyArray<FigureRelation>;
  readonly findings: ReadonlyArray<Finding>;
};
