import type { CellCard } from "./CellCard";

/** Covered cells a card lists per relation; a share's base feeds a whole block (the rest are counted). */
export const CARD_RULES_SHOWN = 12;

/**
 * The cells a card names: the cell itself, then the cells of each relation's rules it lists
 * (their targets and operands), once each. These are the cells whose text is compared with the
 * check's before the card is trusted.
 *
 * @param card - the card
 * @returns the cells, "D4", the card's own first
 * @example
 * cardCells(card) // ["D4", "C4", "C11"]
 */
export function cardCells(card: CellCard): ReadonlyArray<string> {
  const cells = new Set<string>([card.cell]);
  for (const relation of card.relations) {
    for (const rule of relation.rules.slice(0, CARD_RULES_SHOWN)) {
      cells.add(rule.target);
      for (const operand of rule.operands) {
        cells.add(operand);
      }
    }
  }
  return [...cells];
}
