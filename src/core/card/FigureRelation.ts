import type { RuleKind } from "../checks/RuleKind";
import type { CardFigure } from "./CardFigure";
import type { RelationKind } from "./RelationKind";
import type { RuleVerdict } from "./RuleVerdict";

/**
 * A figure related to the card's by one of the engine's rules, with that rule's verdict where the
 * relation is the rule's own check (a sibling shares a total, it is not checked against it).
 */
export type FigureRelation = {
  readonly kind: RelationKind;
  readonly figure: CardFigure;
  readonly ruleId: string;
  readonly ruleKind: RuleKind;
  readonly verdict?: RuleVerdict;
};
