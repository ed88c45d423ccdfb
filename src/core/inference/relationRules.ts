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
 * The engine's rules for every cell an accepted relation covers, so grid cells are checked by
 * the same evaluation as the release's: a share per row of its block, a change per row, a footing
 * per amount column.
 *
 * @param relation - the accepted relation
 * @param at - names cells as the sheet does
 * @returns one rule per covered cell
 * @example
 * relationRules(share, gridAddress({ row: 0, column: 0 }))[0].formula //=> "B3 ÷ B$30"
 */
export function relationRules(relation: InferredRelation, at: GridAddress): CellRule[] {
  const t = relation.table;
  switch (relation.kind) {
    case "share":
      return relation.blocks.flatMap((block) =>
        relation.rows
          .filter((r) => r >= block.from && r <= block.to)
          .map((r) => ({
            cell: at.cell(r, relation.column),
            formula: `${at.cell(r, relation.of)} ÷ ${at.cell(block.base, relation.of, true)}`,
            rule: {
              kind: "share",
              id: `share:${t}:${at.cell(r, relation.column)}`,
              editions: ["en"],
              target: gridRef(t, r, relation.column),
              numerator: gridRef(t, r, relation.of),
              denominator: gridRef(t, block.base, relation.of),
            },
          }))
      );
    case "change":
      return relation.rows.map((r) => ({
        cell: at.cell(r, relation.column),
        formula: `${at.cell(r, relation.current)} ÷ ${at.cell(r, relation.prior)} − 1`,
        rule: {
          kind: "change",
          id: `change:${t}:${at.cell(r, relation.column)}`,
          editions: ["en"],
          target: gridRef(t, r, relation.column),
          current: gridRef(t, r, relation.current),
          prior: gridRef(t, r, relation.prior),
        },
      }));
    case "footing":
      return relation.columns.map((c) => ({
        cell: at.cell(relation.row, c),
        formula: relation.terms.map((r) => at.cell(r, c)).join(" + "),
        rule: {
          kind: "footing",
          id: `footing:${t}:${at.cell(relation.row, c)}`,
          editions: ["en"],
          target: gridRef(t, relation.row, c),
          terms: relation.terms.map((r) => ({ ref: gridRef(t, r, c), sign: 1, scale: 1 })),
        },
      }));
  }
}
