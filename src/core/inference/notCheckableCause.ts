import type { Evaluation } from "../checks/Evaluation";
import type { GridAddress } from "./GridAddress";
import type { CellRule } from "./relationRule";
import { ruleCells } from "./ruleCells";
import type { TableGrid } from "./TableGrid";

/**
 * Why a covered cell could not be checked, as data a reader words in its own language: a cell
 * of its formula that holds no figure (`text` empty for an empty cell), a reported nil dash, a
 * denominator that may be zero, or a figure too large to compute with.
 */
export type NotCheckableCause =
  | { readonly kind: "unreadable"; readonly cell: string; readonly text: string }
  | { readonly kind: "nil"; readonly cell: string }
  | { readonly kind: "zeroDenominator" }
  | { readonly kind: "overflow" };

/**
 * The cause of a not-checkable verdict on an inferred rule, found the way the engine reads the
 * rule's cells: the reported cell first, then its inputs in order.
 *
 * @param rule - the inferred rule of the covered cell
 * @param evaluation - the engine's not-checkable verdict on it
 * @param table - the table, read
 * @param at - names cells as the sheet does
 * @returns the cause
 * @example
 * notCheckableCause(rule, evaluation, table, at) //=> { kind: "unreadable", cell: "C7", text: "n/a" }
 */
export function notCheckableCause(
  rule: CellRule["rule"],
  evaluation: Extract<Evaluation, { readonly status: "notCheckable" }>,
  table: TableGrid,
  at: GridAddress
): NotCheckableCause {
  for (const ref of ruleCells(rule)) {
    const row = Number(ref.item);
    const column = Number(ref.column);
    const cell = table.cell(row, column);
    if (cell.kind === "blank") {
      return { kind: "unreadable", cell: at.cell(row, column), text: "" };
    }
    if (cell.kind === "text") {
      return { kind: "unreadable", cell: at.cell(row, column), text: cell.text };
    }
    if (ref === rule.target && cell.value === null) {
      return { kind: "nil", cell: at.cell(row, column) };
    }
  }
  return evaluation.reason.kind === "zeroDenominator"
    ? { kind: "zeroDenominator" }
    : { kind: "overflow" };
}
