import type { InferredRelation } from "./InferredRelation";

/**
 * Fills `rows` and `columns` with the grid cells the `i`-th covered cell's rule reads, in
 * `ruleCells`' order: the target, then a share's numerator and base, a change's current and
 * prior, or a footing's terms. Returns how many.
 */
export type OperandsOf = (i: number, rows: number[], columns: number[]) => number;

/**
 * The cells each covered cell of a relation reads (as `relationRule` names them), without
 * building its rule: a share's base row is looked up in a table made once, not searched among
 * the blocks for every row.
 *
 * @param relation - the accepted relation
 * @returns the operands of its `i`-th covered cell, for `0 ≤ i < coveredCells(relation)`
 * @example
 * relationOperands(share)(0, rows, columns) // 3: rows [2, 2, 29], columns [2, 1, 1]
 */
export function relationOperands(relation: InferredRelation): OperandsOf {
  switch (relation.kind) {
    case "share": {
      // The first block holding a row gives its base (relationRule's `find`): written last.
      const base = new Map<number, number>();
      for (let b = relation.blocks.length - 1; b >= 0; b--) {
        const { from, to } = relation.blocks[b];
        for (let r = from; r <= to; r++) {
          base.set(r, relation.blocks[b].base);
        }
      }
      return (i, rows, columns) => {
        const r = relation.rows[i];
        rows[0] = r;
        rows[1] = r;
        rows[2] = base.get(r) ?? r;
        columns[0] = relation.column;
        columns[1] = relation.of;
        columns[2] = relation.of;
        return 3;
      };
    }
    case "change":
      return (i, rows, columns) => {
        const r = relation.rows[i];
        rows[0] = r;
        rows[1] = r;
        rows[2] = r;
        columns[0] = relation.column;
        columns[1] = relation.current;
        columns[2] = relation.prior;
        return 3;
      };
    case "footing":
      return (i, rows, columns) => {
        const c = relation.columns[i];
        rows[0] = relation.row;
        columns[0] = c;
        relation.terms.forEach((t, k) => {
          rows[k + 1] = t;
          columns[k + 1] = c;
        });
        return relation.terms.length + 1;
      };
  }
}
