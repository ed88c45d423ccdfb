import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Table } from "../model/Table";
import type { CellSpace } from "./CompiledRules";

/**
 * How the compiler numbers the cells its rules read (`CellSpace`), as it meets them: each
 * table's cells densely, in table order, then every cell named that no table holds (claims,
 * references to a row or a column a table lacks) as an extra cell. A class, so that its methods
 * stay compiled from one compilation to the next (closures made per compilation would not).
 */
export class CellNumbering {
  /** Per table of the dataset, the number of its first cell. */
  readonly base: Int32Array;
  /** Dense cells some rule reads (1). */
  readonly used: Uint8Array;
  private readonly index: DatasetIndex;
  private readonly dense: number;
  private readonly position: Map<string, number>;
  private readonly rowsById = new Map<Table, Map<string, number>>();
  private misses = 0;
  private readonly extra: CellRef[] = [];
  private readonly extraOf = new Map<string, number>();

  /**
   * @param index - the dataset index whose cells are numbered
   * @example
   * new CellNumbering(index).of({ table: "claims", item: "x", column: "claimed" }) === new CellNumbering(index).space().dense //=> true
   */
  constructor(index: DatasetIndex) {
    const tables = index.dataset.tables;
    this.index = index;
    this.base = new Int32Array(tables.length);
    let dense = 0;
    tables.forEach((table, t) => {
      this.base[t] = dense;
      dense += table.rows.length * table.columns.length;
    });
    this.dense = dense;
    this.used = new Uint8Array(dense);
    this.position = new Map(tables.map((t, i) => [t.id, i] as const));
  }

  /**
   * The cell of table `t`'s row `r` and column `c`, marked as read.
   *
   * @param t - the table's position
   * @param r - the row's position
   * @param c - the column's position
   * @returns the cell's number
   */
  cell(t: number, r: number, c: number): number {
    const cell = this.base[t] + r * this.index.dataset.tables[t].columns.length + c;
    this.used[cell] = 1;
    return cell;
  }

  /**
   * A row's position by id; `guess` is tried first (a child usually follows the one before).
   *
   * @param table - the table
   * @param item - the row's id
   * @param guess - where it probably is, or −1
   * @returns the row's position, or undefined when the table has no such row
   */
  rowOf(table: Table, item: string, guess: number): number | undefined {
    const rows = table.rows;
    if (guess >= 0 && guess < rows.length && rows[guess].id === item) {
      return guess;
    }
    let byId = this.rowsById.get(table);
    if (byId === undefined && this.misses < 64) {
      // A few lookups scan the rows (a base is usually the last); many build a map once.
      this.misses += 1;
      for (let r = rows.length - 1; r >= 0; r--) {
        if (rows[r].id === item) {
          return r;
        }
      }
      return undefined;
    }
    if (byId === undefined) {
      byId = new Map(rows.map((r, i) => [r.id, i] as const));
      this.rowsById.set(table, byId);
    }
    return byId.get(item);
  }

  /**
   * The cell of a reference: dense where a table holds it, else an extra cell.
   *
   * @param ref - the reference
   * @returns the cell's number
   */
  of(ref: CellRef): number {
    const t = this.position.get(ref.table);
    const table = t === undefined ? undefined : this.index.dataset.tables[t];
    const c = this.index.columnPositions.get(`${ref.table}|${ref.column}`);
    const r = table === undefined ? undefined : this.rowOf(table, ref.item, -1);
    if (t !== undefined && c !== undefined && r !== undefined) {
      return this.cell(t, r, c);
    }
    const key = `${ref.table}|${ref.item}|${ref.column}`;
    const known = this.extraOf.get(key);
    if (known !== undefined) {
      return known;
    }
    this.extra.push(ref);
    this.extraOf.set(key, this.dense + this.extra.length - 1);
    return this.dense + this.extra.length - 1;
  }

  /**
   * The numbering so far.
   *
   * @returns the cell space
   */
  space(): CellSpace {
    return { base: this.base, dense: this.dense, extra: this.extra, used: this.used };
  }
}
