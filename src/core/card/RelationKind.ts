/**
 * How a related figure relates to the card's figure:
 * - `total`: the total (or reconciled figure) this figure is a part of;
 * - `sibling`: another part of that total;
 * - `part`: a part of this figure, when it is a total;
 * - `input`: a figure this percentage or translation is computed from;
 * - `computed`: a percentage or translation computed from this figure;
 * - `claim`: a percentage claimed in the prose that is computed from this figure;
 * - `otherEdition`: the same cell in the other edition.
 */
export type RelationKind =
  "total" | "sibling" | "part" | "input" | "computed" | "claim" | "otherEdition";

/** Every relation kind, in the order a card lists them. */
export const RELATION_KINDS: ReadonlyArray<RelationKind> = [
  "total",
  "sibling",
  "part",
  "input",
  "computed",
  "claim",
  "otherEdition",
];
