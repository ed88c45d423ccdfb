import type { Rule } from "../checks/Rule";
import type { GridAddress } from "./GridAddress";
import { gridRef } from "./gridSource";
import type { InferredRelation } from "./InferredRelation";

/** A rule of the engine for one covered cell, with its formula in A1 terms. */
export type CellRule = {
  readonly rule: Exclude<Rule, { kind: "edition" | "claim" | "translation" | "reconciliation" }>;
  /** The covered cell, "C12". */
  readonly cell: string;
  /** What it should equal, "B12 ÷ B$30". */
  readonly formula: string;
};

/**
 * How many cells a relation covers: a share or change covers its rows, a footing its columns.
 *
 * @param relation - the accepted relation
 * @returns the number of covered cells
 * @example
 * coveredCells(change) //=> 25
 */
export function coveredCells(relation: InferredRelation): number {
  return relation.kind === "footing" ? relation.columns.length : relation.rows.length;
}

/**
 * The engine's rule for the `i`-th cell an accepted relation covers (a share of its block's
 * base, a change on its row, a footing in its column), so grid cells are checked by the same
 * evaluation as the release's. Built one cell at a time, for the cells that need it.
 *
 * @param relation - the accepted relation
 * @param i - which covered cell, `0 ≤ i < coveredCells(relation)`
 * @param at - names cells as the sheet does
 * @returns the rule, the cell's name and its formula in A1 terms
 * @example
 * relationRule(share, 0, gridAddress({ row: 0, column: 0 })).formula //=> "B3 ÷ B$30"
 */
export function relationRule(relation: InferredRelation, i: number, at: GridAddress): CellRule {
  const t = relation.table;
  switch (relation.kind) {
    case "share": {
      const r = relation.rows[i];
      const base = relation.blocks.find((b) => r >= b.from && r <= b.to)?.base ?? r;
      const cell = at.cell(r, relation.column);
      return {
        cell,
        formula: `${at.cell(r, relation.of)} ÷ ${at.cell(base, relation.of, true)}`,
        rule: {
          kind: "share",
          id: `share:${t}:${cell}`,
          editions: ["en"],
          target: gridRef(t, r, relation.column),
          numerator: gridRef(t, r, relation.of),
          denominator: gridRef(t, base, relation.of),
        },
      };
    }
    case "change": {
      const r = relation.rows[i];
      const cell = at.cell(r, relation.column);
      return {
        cell,
        formula: `${at.cell(r, relation.current)} ÷ ${at.cell(r, relation.prior)} − 1`,
        rule: {
          kind: "change",
          id: `change:${t}:${cell}`,
          editions: ["en"],
          target: gridRef(t, r, relation.column),
          current: gridRef(t, r, relation.current),
          prior: gridRef(t, r, relation.prior),
        },
      };
    }
    case "footing": {
      const c = relation.columns[i];
      const cell = at.cell(relation.row, c);
      return {
        cell,
        formula: relation.terms.map((r) => at.cell(r, c)).join(" + "),
        rule: {
          kind: "footing",
          id: `footing:${t}:${cell}`,
          editions: ["en"],
          target: gridRef(t, relation.row, c),
          terms: relation.terms.map((r) => ({ ref: gridRef(t, r, c), sign: 1, scale: 1 })),
        },
      };
    }
  }
}
