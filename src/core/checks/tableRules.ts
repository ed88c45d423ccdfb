import type { DatasetIndex } from "../model/DatasetIndex";
import type { TableRows } from "../model/TableRows";
import type { Column, Table } from "../model/Table";
import { unitScale } from "../numbers/unitScale";
import type { CellNumbering } from "./CellNumbering";
import { EDITION_BIT, RECOMPUTE } from "./CompiledRules";
import type { Readings } from "./Readings";
import { EVERY_ROW, uniformOf } from "./uniformOf";
import { footingTerms } from "./footingTerms";
import { ROW } from "../model/TableRows";
import {
  addOperand,
  addShape,
  KIND,
  openRule,
  reserveOperands,
  type RuleBuilder,
} from "./RuleBuilder";
import { uniformRows } from "./uniformRows";

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
 * @param printed - the dataset's printed figures per edition (`DatasetIndex.printed`)
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
  const { b, flags, editions, width, used } = s;
  // A table missing from one edition reads the other's states in its place: the test "printed
  // in either" is the same, and the loop gets two typed arrays, never undefined.
  const en = s.en ?? s.ja;
  const ja = s.ja ?? s.en;
  if (en === undefined || ja === undefined) {
    return;
  }
  const u = uniformOf(s.index, s.table, s.cells, s.first, s.width, column, c);
  // The uniform rows' rules take the column's shape; with no shape left, every row is odd.
  const shape =
    u.operands === 0 || u.odd === EVERY_ROW
      ? 0
      : addShape(b, u.operands, u.offA, u.offB, u.whole, u.scaleA);
  const odd = u.operands !== 0 && shape === 0 ? EVERY_ROW : u.odd;
  const both = editions === (EDITION_BIT.en | EDITION_BIT.ja) ? 1 : 0;
  const n = s.table.rows.length;
  const at = new Int32Array([b.size, b.operands]);
  for (let r = 0; r < n; r++) {
    r = uniformRows(
      flags,
      en,
      ja,
      used,
      b.kind,
      b.recompute,
      b.editions,
      b.target,
      b.start,
      b.shape,
      at,
      r,
      n,
      s.first + c,
      width,
      u.kind,
      u.recompute,
      editions,
      u.operands,
      u.offA,
      u.offB,
      u.whole,
      shape,
      odd,
      both
    );
    if (r < n) {
      // An odd row: its rules by id, then its edition rule as the loop would add it.
      const target = s.first + c + r * width;
      b.size = at[0];
      b.operands = at[1];
      b.start[b.size] = b.operands;
      oddRow(s, column, c, r, target);
      let i = b.size;
      if (both === 1) {
        b.kind[i] = KIND.edition;
        b.recompute[i] = RECOMPUTE.edition;
        b.editions[i] = editions;
        b.target[i] = target;
        b.start[i] = b.operands;
        i += 1;
      }
      at[0] = i;
      at[1] = b.operands;
    }
  }
  b.size = at[0];
  b.operands = at[1];
  b.start[b.size] = b.operands;
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
  const { b } = s;
  const en = s.en ?? s.ja;
  const ja = s.ja ?? s.en;
  openRule(b, KIND.footing, RECOMPUTE.linear, s.editions, target);
  if (en === undefined || ja === undefined) {
    return;
  }
  const { childStart, childRow, childSign } = s.rows;
  reserveOperands(b, childStart[r + 1] - childStart[r]);
  const k = footingTerms(
    childStart,
    childRow,
    childSign,
    en,
    ja,
    s.used,
    b.operand,
    b.sign,
    b.scale,
    r,
    s.first + c,
    s.width,
    b.operands
  );
  b.operands = k;
  b.start[b.size] = k;
}
