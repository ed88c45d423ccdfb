import type { CellRef } from "../model/CellRef";
import type { Edition, Localized } from "../model/Edition";
import type { CardColumn } from "./CardColumn";

/**
 * A figure as a card names it: its cell and edition, the item, period and card column a user
 * would type, its label, and its text as printed (null where the edition prints none).
 */
export type CardFigure = {
  readonly ref: CellRef;
  readonly edition: Edition;
  readonly item: string;
  readonly period: string;
  /** The card column, or "claim" for a percentage claimed in the prose. */
  readonly column: CardColumn | "claim";
  readonly label: Localized;
  readonly printed: string | null;
};
