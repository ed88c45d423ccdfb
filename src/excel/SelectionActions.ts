import type { GridCheck } from "../core/inference/checkGrid";
import type { GridOrigin } from "../core/inference/GridAddress";
import type { GridCell } from "../core/inference/GridCell";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import type { CellAddress, ClearResult } from "./WorkbookActions";
import type { SelectionRead } from "./readSelection";

/** A selection checked: where it is, its cells as read, and what the inference made of them. */
export type CheckedSelection = {
  readonly kind: "checked";
  readonly sheet: string;
  readonly sheetId: string;
  /** The part of the selection that holds values, "B3:K60". */
  readonly address: string;
  readonly origin: GridOrigin;
  readonly grid: ReadonlyArray<ReadonlyArray<GridCell | null>>;
  /** The rounding the check assumed (and the highlights follow). */
  readonly mode: RoundingMode;
  readonly check: GridCheck;
  /** How many requests reading the selection took. */
  readonly requests: number;
};

/** What "Check the selection" gives: the check, or why there was nothing to check. */
export type SelectionCheck = CheckedSelection | Exclude<SelectionRead, { readonly kind: "read" }>;

/**
 * What "Highlight in this sheet" did: wrote its rules, or refused before writing anything
 * because the selection would take more rules than Excel stays usable with.
 */
export type SelectionHighlightResult =
  | {
      readonly kind: "written";
      /** Rules written (each a range-wide conditional format). */
      readonly rules: number;
      /** Rules of an earlier highlight of the same selection, replaced. */
      readonly replaced: number;
    }
  | {
      readonly kind: "tooMany";
      /** Rules the selection would take. */
      readonly rules: number;
      /** The most one highlight writes (HIGHLIGHT_RULE_LIMIT). */
      readonly limit: number;
    };

/**
 * "Check the selection" in Excel: read and check any table the user selected, highlight its
 * findings on the user's sheet with recorded rules (only on request), remove exactly those,
 * and select a finding's cell.
 */
export type SelectionActions = {
  readonly checkSelection: (mode: RoundingMode) => Promise<SelectionCheck>;
  readonly highlightSelection: (
    checked: CheckedSelection,
    highlightMinor: boolean
  ) => Promise<SelectionHighlightResult>;
  /** Removes every rule a selection highlight wrote (by the record), and never another rule. */
  readonly clearSelectionHighlights: () => Promise<ClearResult>;
  /** Selects a cell of the checked sheet; null when that sheet is gone. */
  readonly goToSelectionCell: (
    checked: CheckedSelection,
    address: string
  ) => Promise<CellAddress | null>;
  /** The text a few cells of the checked sheet show now ("D4" → "7.3%"); null when that sheet is gone. */
  readonly readSelectionCells: (
    checked: CheckedSelection,
    cells: ReadonlyArray<string>
  ) => Promise<ReadonlyMap<string, string> | null>;
};
