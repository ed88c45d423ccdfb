import type { CellRef } from "./CellRef";
import type { Edition } from "./Edition";
import type { ReportedFigure } from "./ReportedFigure";

/**
 * A percentage claimed in the prose of one edition, as a fact: what it says about which figures.
 * `change`: current ÷ base − 1; `share`: numerator ÷ denominator; `margin`: (revenue − cost) ÷ revenue.
 */
export type Claim = {
  readonly id: string;
  readonly edition: Edition;
  /** The section of the release the claim appears in ("Results Summary", "Backbone Costs"). */
  readonly section: string;
  /** Where in the section: the line of the release's text (1-based) that prints the claim. */
  readonly line: number;
  /** The subject, as an item id of the dataset. */
  readonly subject: string;
  readonly period: string;
  /** The period compared with, for a change. */
  readonly basePeriod?: string;
  /** The claimed figure as printed, signed as the prose means it ("a decrease of 8.3%" is −8.3). */
  readonly claimed: ReportedFigure;
  readonly formula:
    | { readonly kind: "change"; readonly current: CellRef; readonly base: CellRef }
    | { readonly kind: "share"; readonly numerator: CellRef; readonly denominator: CellRef }
    | { readonly kind: "margin"; readonly revenue: CellRef; readonly cost: CellRef };
};
