import type { Severity } from "../checks/Severity";
import type { CellReading } from "./CellReading";
import type { Explained, ExplainedUnread, GridNotCheckable, TableFinding } from "./checkGrid";
import type { InferredRelation } from "./InferredRelation";

/** The engine's verdict on one covered cell (as the figure card's RuleVerdict). */
export type CellVerdict = "consistent" | Severity | "notCheckable";

/** One covered cell of a relation as it concerns a card: its rule's cells and the engine's verdict. */
export type CellCardRule = {
  /** The covered (reported) cell, "D5". */
  readonly target: string;
  /** What it should equal, in A1 terms: "C5 ÷ C$14". */
  readonly formula: string;
  /** The cells it is computed from, in the engine's order. */
  readonly operands: ReadonlyArray<string>;
  /** The engine's verdict on the covered cell, from the check's findings and cells not checkable. */
  readonly verdict: CellVerdict;
};

/**
 * A relation the check inferred that a cell takes part in: as its target (the cell is covered
 * and checked by it) or as an operand (other covered cells are computed from it).
 */
export type CellCardRelation = {
  /** The relation's position in the check's `relations`: the same relation on every card. */
  readonly index: number;
  readonly relation: Explained<InferredRelation>;
  readonly role: "target" | "operand";
  /** How many cells the relation explains (consistent) of those it could check, and of all it covers. */
  readonly explains: {
    readonly consistent: number;
    readonly checkable: number;
    readonly covered: number;
  };
  /** The covered cells this card's cell concerns: its own (target), or those it feeds (operand). */
  readonly rules: ReadonlyArray<CellCardRule>;
};

/**
 * The card of one cell of a checked selection: the cell as read, its row's label and column's
 * header, the inferred relations it takes part in with their counts and verdicts, and its
 * findings, reasons it could not be checked, and the parts around it not understood.
 */
export type CellCard = {
  /** The cell, "D5". */
  readonly cell: string;
  /** Zero-based grid row and column. */
  readonly row: number;
  readonly column: number;
  /** The cell's text as the check read it ("" for an empty cell). */
  readonly text: string;
  readonly reading: CellReading["kind"];
  /** The table it lies in, or null outside every table found. */
  readonly table: string | null;
  readonly rowLabel: string;
  readonly columnHeader: string;
  readonly relations: ReadonlyArray<CellCardRelation>;
  /** The check's findings on this cell. */
  readonly findings: ReadonlyArray<TableFinding>;
  /** The check's entries for this cell as a covered cell that could not be checked. */
  readonly notCheckable: ReadonlyArray<GridNotCheckable>;
  /** Its column or row, when the inference could not understand it. */
  readonly unread: ReadonlyArray<ExplainedUnread>;
};
