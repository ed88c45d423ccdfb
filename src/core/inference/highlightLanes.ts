import type { Severity } from "../checks/Severity";
import type { LaneCells } from "../layout/highlightRectangles";
import type { HighlightShape } from "./highlightShape";
import { type VectorMap, vectorMap } from "./vectorMap";

/** Covered cells sorted into lanes, one lane per highlight formula in relative terms. */
export type HighlightLanes = {
  /**
   * Adds a covered cell, once per severity (`of` is `cell × severities + severity`).
   *
   * @param shape - its formulas' shape, and a number naming the shape
   * @param rows - its operands' rows on the sheet, target first
   * @param columns - their columns
   * @param n - how many operands
   * @param cell - the cell's number
   */
  readonly add: (
    shape: { readonly id: number; readonly shape: HighlightShape },
    rows: ReadonlyArray<number>,
    columns: ReadonlyArray<number>,
    n: number,
    cell: number
  ) => void;
  /**
   * The lanes with a share's base row written fixed (`B$30`), in the order their first cells
   * were added, each with its cells in order.
   */
  readonly fixed: ReadonlyArray<LaneCells<number>>;
  /** The lanes with every row relative (`B30`), the same way; a lane without a fixed row is in both. */
  readonly relative: ReadonlyArray<LaneCells<number>>;
};

/** Lanes of one way of writing rows, by what names them. */
type Keeper = {
  /** The lane of each of its lane strings, as numbers. */
  readonly ids: Map<string, number>;
  readonly known: VectorMap<ReadonlyArray<number>>;
  readonly lanes: LaneCells<number>[];
};

const keeper = (): Keeper => ({ ids: new Map(), known: vectorMap(), lanes: [] });

/**
 * Tells covered cells' highlight formulas apart without writing them: two cells share a lane
 * exactly when their formulas are equal once Excel shifts relative references, that is when
 * their shapes' templates are equal and so are the cells each reference names, relative to the
 * target (or the absolute row of a fixed one). A lane is worked out once per shape and operand
 * places, which most cells share (a change's columns, a share's base row, a footing's terms).
 * Both ways of writing a share's base row are sorted at once; a rule without a fixed row (a
 * change, a footing) is written alike both ways, so its lanes are sorted once and shared.
 *
 * @param severities - the severities highlighted
 * @returns the lanes, filled by `add`
 * @example
 * const lanes = highlightLanes(["major"]);
 * lanes.add(shape, rows, columns, 3, 0); // lanes.fixed[0].of: [0]
 */
export function highlightLanes(severities: ReadonlyArray<Severity>): HighlightLanes {
  const fixed = keeper();
  const relative = keeper();
  const either = keeper();
  const places: number[] = [];
  const into = (
    { id, shape }: { readonly id: number; readonly shape: HighlightShape },
    rows: ReadonlyArray<number>,
    columns: ReadonlyArray<number>,
    n: number,
    cell: number,
    fixedRows: boolean,
    own: Keeper,
    // The other ways' lanes a new lane is also one of.
    shared: ReadonlyArray<Keeper>
  ): void => {
    const [row, column] = [rows[0], columns[0]];
    // What the references name: each operand's column, and its row as the references take
    // it, relative to the target's or fixed (the same row in every cell of a block).
    let m = 0;
    places[m++] = id;
    for (let k = 0; k < n; k++) {
      places[m++] = columns[k] - column;
      if (!fixedRows || shape.movingRow[k]) {
        places[m++] = rows[k] - row;
      }
      if (fixedRows && shape.fixedRow[k]) {
        places[m++] = rows[k];
      }
    }
    let ofCell = own.known.get(places, m);
    if (ofCell === undefined) {
      const name = (ref: number): string => {
        const k = ref >> 1;
        return fixedRows && ref % 2 === 1
          ? `$${rows[k]},${columns[k] - column}`
          : `${rows[k] - row},${columns[k] - column}`;
      };
      const common = `${shape.shared}:${shape.sharedCells.map(name).join(";")}`;
      ofCell = severities.map((severity, s) => {
        const lane = `${severity}:${shape.own[s]}:${shape.ownCells[s].map(name).join(";")}:${common}`;
        const same = own.ids.get(lane);
        if (same !== undefined) {
          return same;
        }
        const cells: LaneCells<number> = { rows: [], columns: [], of: [] };
        own.ids.set(lane, own.lanes.length);
        own.lanes.push(cells);
        for (const other of shared) {
          other.lanes.push(cells);
        }
        return own.lanes.length - 1;
      });
      own.known.set(places, m, ofCell);
    }
    for (let s = 0; s < ofCell.length; s++) {
      const lane = own.lanes[ofCell[s]];
      lane.rows.push(row);
      lane.columns.push(column);
      lane.of.push(cell * ofCell.length + s);
    }
  };
  const add: HighlightLanes["add"] = (shape, rows, columns, n, cell) => {
    if (shape.shape.fixedRow.includes(true)) {
      into(shape, rows, columns, n, cell, true, fixed, []);
      into(shape, rows, columns, n, cell, false, relative, []);
    } else {
      into(shape, rows, columns, n, cell, false, either, [fixed, relative]);
    }
  };
  return { add, fixed: fixed.lanes, relative: relative.lanes };
}
