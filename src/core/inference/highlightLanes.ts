import type { Severity } from "../checks/Severity";
import type { LaneCells } from "../layout/highlightRectangles";
import type { HighlightShape } from "./highlightShape";
import { vectorMap } from "./vectorMap";

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
  /** The lanes in the order their first cells were added, each with its cells in order. */
  readonly lanes: ReadonlyArray<LaneCells<number>>;
};

/**
 * Tells covered cells' highlight formulas apart without writing them: two cells share a lane
 * exactly when their formulas are equal once Excel shifts relative references, that is when
 * their shapes' templates are equal and so are the cells each reference names, relative to the
 * target (or the absolute row of a fixed one). A lane is worked out once per shape and operand
 * places, which most cells share (a change's columns, a share's base row, a footing's terms).
 *
 * @param severities - the severities highlighted
 * @param fixedRows - whether a share's base row is written fixed (`B$30`) or relative (`B30`)
 * @returns the lanes, filled by `add`
 * @example
 * const lanes = highlightLanes(["major"], true);
 * lanes.add(shape, rows, columns, 3, 0); // lanes.lanes[0].of: [0]
 */
export function highlightLanes(
  severities: ReadonlyArray<Severity>,
  fixedRows: boolean
): HighlightLanes {
  const ids = new Map<string, number>();
  const known = vectorMap<ReadonlyArray<number>>();
  const lanes: LaneCells<number>[] = [];
  const places: number[] = [];
  const add: HighlightLanes["add"] = ({ id, shape }, rows, columns, n, cell) => {
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
    let ofCell = known.get(places, m);
    if (ofCell === undefined) {
      const name = (ref: number): string => {
        const k = ref >> 1;
        return fixedRows && ref % 2 === 1
          ? `$${rows[k]},${columns[k] - column}`
          : `${rows[k] - row},${columns[k] - column}`;
      };
      const shared = `${shape.shared}:${shape.sharedCells.map(name).join(";")}`;
      ofCell = severities.map((severity, s) => {
        const lane = `${severity}:${shape.own[s]}:${shape.ownCells[s].map(name).join(";")}:${shared}`;
        const same = ids.get(lane);
        if (same !== undefined) {
          return same;
        }
        ids.set(lane, ids.size);
        lanes.push({ rows: [], columns: [], of: [] });
        return ids.size - 1;
      });
      known.set(places, m, ofCell);
    }
    for (let s = 0; s < ofCell.length; s++) {
      const lane = lanes[ofCell[s]];
      lane.rows.push(row);
      lane.columns.push(column);
      lane.of.push(cell * ofCell.length + s);
    }
  };
  return { add, lanes };
}
