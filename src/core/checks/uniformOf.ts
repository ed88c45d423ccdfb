import type { DatasetIndex } from "../model/DatasetIndex";
import type { Column, Table } from "../model/Table";
import { unitScale } from "../numbers/unitScale";
import type { CellNumbering } from "./CellNumbering";
import { RECOMPUTE } from "./CompiledRules";
import { KIND } from "./RuleBuilder";
import { ROW } from "../model/TableRows";

/**
 * What is uniform over a column's rows: its rule's kind, the operands' offsets from the target
 * cell (or a fixed whole), the scale, and which rows are odd (`oddRow`).
 */
export type Uniform = {
  readonly kind: number;
  readonly recompute: number;
  /** 0, 1 or 2 operands. */
  readonly operands: number;
  readonly offA: number;
  readonly offB: number;
  /** A share's whole: the base row's cell, or −1 for `target + offB`. */
  readonly whole: number;
  readonly scaleA: number;
  /** ROW bits of the rows the loop hands to `oddRow` (255: every row). */
  readonly odd: number;
};

export const EVERY_ROW = 255;

/**
 * What is uniform over column c's rules (`Uniform`): found once per column, by id, so that the
 * loop over its rows works on cell numbers only.
 *
 * @param index - the dataset index
 * @param table - the column's table
 * @param cells - the cell numbering
 * @param first - the table's first cell
 * @param width - the table's number of columns
 * @param column - the column
 * @param c - its position
 * @returns what its rows' rules share
 */
export function uniformOf(
  index: DatasetIndex,
  table: Table,
  cells: CellNumbering,
  first: number,
  width: number,
  column: Column,
  c: number
): Uniform {
  const columnOf = (id: string) => index.columnPositions.get(`${table.id}|${id}`);
  const none = { kind: 0, recompute: 0, operands: 0, offA: 0, offB: 0, whole: -1, scaleA: 1 };
  switch (column.kind) {
    case "amount":
      return { ...none, odd: ROW.children };
    case "rate":
      return { ...none, odd: 0 };
    case "share": {
      const of = columnOf(column.of);
      const baseRow = cells.rowOf(table, column.baseItem, -1) ?? -1;
      const whole = of === undefined || baseRow < 0 ? -1 : first + baseRow * width + of;
      return {
        ...none,
        kind: KIND.share,
        recompute: RECOMPUTE.share,
        operands: 2,
        offA: (of ?? 0) - c,
        whole,
        odd: whole < 0 ? EVERY_ROW : ROW.unchecked | ROW.ownBase,
      };
    }
    case "change": {
      const current = columnOf(column.current);
      const prior = columnOf(column.prior);
      const known = current !== undefined && prior !== undefined;
      return {
        ...none,
        kind: KIND.change,
        recompute: RECOMPUTE.change,
        operands: 2,
        offA: (current ?? 0) - c,
        offB: (prior ?? 0) - c,
        odd: known ? ROW.unchecked : EVERY_ROW,
      };
    }
    case "usd": {
      const jpy = columnOf(column.translates);
      const jpyColumn = jpy === undefined ? undefined : table.columns[jpy];
      // cellUnit of the JPY cell for a row with no unit of its own.
      const unit =
        jpyColumn === undefined
          ? null
          : jpyColumn.kind === "amount" || jpyColumn.kind === "usd"
            ? jpyColumn.unit
            : "percent";
      const scale = unitScale(unit ?? "JPY", "JPY");
      return {
        ...none,
        kind: KIND.translation,
        recompute: RECOMPUTE.translation,
        operands: 1,
        offA: (jpy ?? 0) - c,
        scaleA: scale === null ? 1 : scale / (index.dataset.fxRate.jpyPerUsd * 1000),
        odd:
          jpy === undefined || scale === null
            ? EVERY_ROW
            : ROW.unchecked | ROW.ownUnit | ROW.children,
      };
    }
  }
}
