import type { DatasetIndex } from "../model/DatasetIndex";
import type { TableRows } from "../model/TableRows";
import type { Column, Table } from "../model/Table";
import { unitScale } from "../numbers/unitScale";
import type { CellNumbering } from "./CellNumbering";
import { EDITION_BIT, RECOMPUTE } from "./CompiledRules";
import type { Readings } from "./Readings";
import { uniformOf } from "./uniformOf";
import { ROW } from "../model/TableRows";
import { addOperand, KIND, openRule, type RuleBuilder } from "./RuleBuilder";

/** The rule kind a column's figures get, or NO_RULE (amounts and rates are only summed). */
const NO_RULE = 255;
const KIND_OF_COLUMN: Record<Column["kind"], number> = {
  share: KIND.share,
  change: KIND.change,
  usd: KIND.translation,
  amount: NO_RULE,
  rate: NO_RULE,
};

/**
 * What the loops over one table share. The loops are functions of the module, not closures
 * made per table, so that they stay compiled from one compilation to the next.
 */
type Scope = {
  readonly index: DatasetIndex;
  readonly b: RuleBuilder;
  readonly table: Table;
  readonly t: number;
  readonly cells: CellNumbering;
  /** Which cells each edition prints a figure in (undefined: the table is not in it). */
  readonly en: Uint8Array | undefined;
  readonly ja: Uint8Array | undefined;
  readonly editions: number;
  readonly first: number;
  readonly width: number;
  readonly flags: Uint8Array;
  readonly rows: TableRows;
  readonly used: Uint8Array;
};

/**
 * The rules one table's description implies, column by column, row by row: a share or change
 * for every figure of a percentage column, a translation for every USD figure, a footing for
 * every subtotal of an amount or USD column, and the two editions against each other where the
 * table is printed in both. A cell gets rules only where an edition prints a figure.
 *
 * @param index - the dataset index
 * @param b - the builder the rules are added to
 * @param t - the table's position in the dataset
 * @param cells - the cell numbering
 * @param printed - the dataset's printed figures per edition (`readPrinted`)
 */
export function tableRules(
  index: DatasetIndex,
  b: RuleBuilder,
  t: number,
  cells: CellNumbering,
  printed: { readonly en?: Readings; readonly ja?: Readings }
): void {
  const table = index.dataset.tables[t];
  const en = table.figures.en === undefined ? undefined : printed.en?.state;
  const ja = table.figures.ja === undefined ? undefined : printed.ja?.state;
  if (en === undefined && ja === undefined) {
    return;
  }
  const scope: Scope = {
    index,
    b,
    table,
    t,
    cells,
    en,
    ja,
    editions: (en === undefined ? 0 : EDITION_BIT.en) | (ja === undefined ? 0 : EDITION_BIT.ja),
    first: cells.base[t],
    width: table.columns.length,
    flags: index.rows[t].flags,
    rows: index.rows[t],
    used: cells.used,
  };
  for (let c = 0; c < table.columns.length; c++) {
    columnRules(scope, table.columns[c], c);
  }
}

/** A cell of the table by column id: numbered by position where the table has it. */
function at(s: Scope, item: string, id: string, col: number | undefined, guess: number): number {
  const r = s.cells.rowOf(s.table, item, guess);
  return col === undefined || r === undefined
    ? s.cells.of({ table: s.table.id, item, column: id })
    : s.cells.cell(s.t, r, col);
}

/** An operand in row r, column `col`: its cell by position. */
function same(s: Scope, r: number, id: string, col: number | undefined): number {
  if (col === undefined) {
    return s.cells.of({ table: s.table.id, item: s.table.rows[r].id, column: id });
  }
  const cell = s.first + r * s.width + col;
  s.used[cell] = 1;
  return cell;
}

/**
 * A column's rules, row by row, written straight into the builder's typed arrays: a rule's
 * operands sit at fixed offsets from its target (a share's whole is the base row's cell), so
 * the loop reads only the rows' flags and the editions' states. The few odd rows (`oddRow`)
 * resolve their references by id; the rules stay in the order of the rows.
 */
function columnRules(s: Scope, column: Column, c: number): void {
  const { b, flags, editions, width, used, en, ja } = s;
  const u = uniformOf(s.index, s.table, s.cells, s.first, s.width, column, c);
  const { kind, recompute, operands, offA, offB, whole, scaleA, odd } = u;
  const both = editions === (EDITION_BIT.en | EDITION_BIT.ja);
  const { kind: kinds, recompute: recomputes, editions: editionsOf, target: targets } = b;
  const { start, operand, sign, scale } = b;
  const n = s.table.rows.length;
  let i = b.size;
  let k = b.operands;
  for (let r = 0, target = s.first + c; r < n; r++, target += width) {
    const flag = flags[r];
    if (
      (flag & ROW.heading) !== 0 ||
      !((en !== undefined && en[target] !== 0) || (ja !== undefined && ja[target] !== 0))
    ) {
      continue;
    }
    used[target] = 1;
    if ((flag & odd) !== 0) {
      b.size = i;
      b.operands = k;
      start[i] = k;
      oddRow(s, column, c, r, target);
      i = b.size;
      k = b.operands;
    } else if (operands !== 0) {
      kinds[i] = kind;
      recomputes[i] = recompute;
      editionsOf[i] = editions;
      targets[i] = target;
      start[i] = k;
      const a = target + offA;
      used[a] = 1;
      operand[k] = a;
      sign[k] = 1;
      scale[k] = scaleA;
      k += 1;
      if (operands === 2) {
        const w = whole >= 0 ? whole : target + offB;
        used[w] = 1;
        operand[k] = w;
        sign[k] = 1;
        scale[k] = 1;
        k += 1;
      }
      i += 1;
    }
    if (both) {
      kinds[i] = KIND.edition;
      recomputes[i] = RECOMPUTE.edition;
      editionsOf[i] = editions;
      targets[i] = target;
      start[i] = k;
      i += 1;
    }
  }
  b.size = i;
  b.operands = k;
  start[i] = k;
}

/**
 * Row r's rules in column c, each reference resolved by id: for the rows the uniform loop hands
 * over (a share base of its own, a unit of its own, a footing, an unchecked row) and for every
 * row of a column whose operands the table lacks. The edition rule stays the loop's.
 */
function oddRow(s: Scope, column: Column, c: number, r: number, target: number): void {
  const { b, table, flags, editions } = s;
  const rows = table.rows;
  const flag = flags[r];
  const columnOf = (id: string) => s.index.columnPositions.get(`${table.id}|${id}`);
  const of = column.kind === "share" ? columnOf(column.of) : undefined;
  const baseRow = column.kind === "share" ? (s.cells.rowOf(table, column.baseItem, -1) ?? -1) : -1;
  const current = column.kind === "change" ? columnOf(column.current) : undefined;
  const prior = column.kind === "change" ? columnOf(column.prior) : undefined;
  const jpy = column.kind === "usd" ? columnOf(column.translates) : undefined;
  const jpyColumn = jpy === undefined ? undefined : table.columns[jpy];
  const rate = s.index.dataset.fxRate.jpyPerUsd;
  const summed = column.kind === "amount" || column.kind === "usd";
  const kind = KIND_OF_COLUMN[column.kind];
  if ((flag & ROW.unchecked) === 0 && kind !== NO_RULE) {
    if (kind === KIND.share && column.kind === "share") {
      openRule(b, KIND.share, RECOMPUTE.share, editions, target);
      addOperand(b, same(s, r, column.of, of), 1, 1);
      const whole =
        (flag & ROW.ownBase) === 0 && baseRow >= 0
          ? same(s, baseRow, column.of, of)
          : at(s, rows[r].shareBase ?? column.baseItem, column.of, of, baseRow);
      addOperand(b, whole, 1, 1);
    } else if (kind === KIND.change && column.kind === "change") {
      openRule(b, KIND.change, RECOMPUTE.change, editions, target);
      addOperand(b, same(s, r, column.current, current), 1, 1);
      addOperand(b, same(s, r, column.prior, prior), 1, 1);
    } else if (column.kind === "usd") {
      // cellUnit of the JPY cell: the row's own unit, or its column's.
      const unit =
        jpyColumn === undefined
          ? null
          : jpyColumn.kind === "amount" || jpyColumn.kind === "usd"
            ? (rows[r].unit ?? jpyColumn.unit)
            : "percent";
      const scale = unitScale(unit ?? "JPY", "JPY");
      if (scale !== null) {
        openRule(b, KIND.translation, RECOMPUTE.translation, editions, target);
        addOperand(b, same(s, r, column.translates, jpy), 1, scale / (rate * 1000));
      }
    }
  }
  if (summed && (flag & ROW.children) !== 0) {
    footing(s, r, c, target);
  }
}

/** The footing of row r's figure in column c from its children's printed figures. */
function footing(s: Scope, r: number, c: number, target: number): void {
  const { b, width, en, ja, used } = s;
  const { childStart, childRow, childSign } = s.rows;
  const top = s.first + c;
  openRule(b, KIND.footing, RECOMPUTE.linear, s.editions, target);
  const { operand, sign, scale } = b;
  let k = b.operands;
  for (let j = childStart[r]; j < childStart[r + 1]; j++) {
    const rr = childRow[j];
    const cell = top + rr * width;
    if (rr >= 0 && ((en !== undefined && en[cell] !== 0) || (ja !== undefined && ja[cell] !== 0))) {
      used[cell] = 1;
      operand[k] = cell;
      sign[k] = childSign[j];
      scale[k] = 1;
      k += 1;
    }
  }
  b.operands = k;
  b.start[b.size] = k;
}
