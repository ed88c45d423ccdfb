import type { CellRef } from "../model/CellRef";
import type { Claim } from "../model/Claim";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import type { Reconciliation } from "../model/Reconciliation";
import type { Table } from "../model/Table";
import { unitScale } from "../numbers/unitScale";
import { cellUnit } from "./cellUnit";
import { EDITION_BIT, RECOMPUTE, type CompiledRules } from "./CompiledRules";
import { CLAIMS_TABLE, type Rule } from "./Rule";
import { RULE_KINDS, type RuleKind } from "./RuleKind";

const KIND = Object.fromEntries(RULE_KINDS.map((k, i) => [k, i])) as Record<RuleKind, number>;

const EDITIONS: ReadonlyArray<ReadonlyArray<Edition>> = [[], ["en"], ["ja"], ["en", "ja"]];

/** The rules being compiled, in typed arrays as large as the dataset could need. */
type Builder = {
  size: number;
  operands: number;
  readonly kind: Uint8Array;
  readonly recompute: Uint8Array;
  readonly editions: Uint8Array;
  readonly target: Int32Array;
  readonly start: Int32Array;
  readonly operand: Int32Array;
  readonly sign: Int8Array;
  readonly scale: Float64Array;
  /** Rule number → the reconciliation or claim it checks. */
  readonly origin: Map<number, Reconciliation | Claim>;
};

/** A builder with room for every rule the dataset can imply, and no more. */
function builder(index: DatasetIndex): Builder {
  const { tables, reconciliations, claims } = index.dataset;
  let rules = reconciliations.length + claims.length;
  let operands = 2 * claims.length + reconciliations.reduce((n, r) => n + r.parts.length, 0);
  for (const table of tables) {
    const rows = table.rows.length;
    const totals = table.rows.filter((r) => r.children !== undefined);
    const children = totals.reduce((n, r) => n + (r.children?.length ?? 0), 0);
    const both = table.figures.en !== undefined && table.figures.ja !== undefined;
    for (const column of table.columns) {
      const ratio = column.kind === "share" || column.kind === "change";
      const summed = column.kind === "amount" || column.kind === "usd";
      rules += (ratio || column.kind === "usd" ? rows : 0) + (summed ? totals.length : 0);
      rules += both ? rows : 0;
      operands += (ratio ? 2 * rows : column.kind === "usd" ? rows : 0) + (summed ? children : 0);
    }
  }
  return {
    size: 0,
    operands: 0,
    kind: new Uint8Array(rules),
    recompute: new Uint8Array(rules),
    editions: new Uint8Array(rules),
    target: new Int32Array(rules),
    start: new Int32Array(rules + 1),
    operand: new Int32Array(operands),
    sign: new Int8Array(operands),
    scale: new Float64Array(operands),
    origin: new Map(),
  };
}

// Rules depend only on the dataset: compiled once per index, however many checks ask.
const compiled = new WeakMap<DatasetIndex, CompiledRules>();

/**
 * Every check the dataset's own description implies, compiled into typed arrays: shares and
 * changes from the percentage columns' bases, footings from subtotals' children, translations
 * from USD columns, the reconciliations and claims the dataset lists, and the two editions
 * against each other; in table order, column by column. Compiled once per index.
 *
 * @param index - the dataset index
 * @returns the compiled rules; the same object for the same index
 * @example
 * compileRules(index).all().filter((r) => r.kind === "claim").length //=> index.dataset.claims.length
 */
export function compileRules(index: DatasetIndex): CompiledRules {
  const known = compiled.get(index);
  if (known !== undefined) {
    return known;
  }
  const rules = compile(index);
  compiled.set(index, rules);
  return rules;
}

function compile(index: DatasetIndex): CompiledRules {
  const tables = index.dataset.tables;
  const base = new Int32Array(tables.length);
  let dense = 0;
  tables.forEach((table, t) => {
    base[t] = dense;
    dense += table.rows.length * table.columns.length;
  });
  const position = new Map(tables.map((t, i) => [t.id, i] as const));
  const rowsById = new Map<Table, Map<string, number>>();
  let misses = 0;
  const rowOf = (table: Table, item: string, guess: number): number | undefined => {
    // Children and bases are looked up by id; a child usually follows the one before it.
    if (guess >= 0 && guess < table.rows.length && table.rows[guess].id === item) {
      return guess;
    }
    let rows = rowsById.get(table);
    if (rows === undefined && misses < 64) {
      // A few lookups scan the rows (a base is usually the last); many build a map once.
      misses += 1;
      for (let r = table.rows.length - 1; r >= 0; r--) {
        if (table.rows[r].id === item) {
          return r;
        }
      }
      return undefined;
    }
    if (rows === undefined) {
      rows = new Map(table.rows.map((r, i) => [r.id, i] as const));
      rowsById.set(table, rows);
    }
    return rows.get(item);
  };
  const extra: CellRef[] = [];
  const extraOf = new Map<string, number>();
  const used = new Uint8Array(dense);
  /** The cell of a reference: dense where a table holds it, else an extra cell. */
  const cellOf = (ref: CellRef, guess = -1): number => {
    const t = position.get(ref.table);
    const table = t === undefined ? undefined : tables[t];
    const c = index.columnPositions.get(`${ref.table}|${ref.column}`);
    const r = table === undefined ? undefined : rowOf(table, ref.item, guess);
    if (t !== undefined && table !== undefined && c !== undefined && r !== undefined) {
      return denseCell(t, r, c);
    }
    const key = `${ref.table}|${ref.item}|${ref.column}`;
    const known = extraOf.get(key);
    if (known !== undefined) {
      return known;
    }
    extra.push(ref);
    extraOf.set(key, dense + extra.length - 1);
    return dense + extra.length - 1;
  };
  const denseCell = (t: number, r: number, c: number): number => {
    const cell = base[t] + r * tables[t].columns.length + c;
    used[cell] = 1;
    return cell;
  };
  const b = builder(index);
  tables.forEach((table, t) => tableRules(index, b, table, t, { cell: denseCell, rowOf, cellOf }));
  for (const rec of index.dataset.reconciliations) {
    reconciliationRule(index, b, rec, cellOf);
  }
  for (const claim of index.dataset.claims) {
    const f = claim.formula;
    const [first, second, recompute] =
      f.kind === "change"
        ? [f.current, f.base, RECOMPUTE.change]
        : f.kind === "share"
          ? [f.numerator, f.denominator, RECOMPUTE.share]
          : [f.revenue, f.cost, RECOMPUTE.margin];
    b.origin.set(b.size, claim);
    const target = cellOf({ table: CLAIMS_TABLE, item: claim.id, column: "claimed" });
    rule(b, "claim", recompute, EDITION_BIT[claim.edition], target);
    operand(b, cellOf(first), 1, 1);
    operand(b, cellOf(second), 1, 1);
  }
  return finish(index, b, { base, dense, extra, used });
}

/** Opens rule number `b.size`; its operands follow. */
function rule(
  b: Builder,
  kind: RuleKind,
  recompute: number,
  editions: number,
  target: number
): void {
  b.kind[b.size] = KIND[kind];
  b.recompute[b.size] = recompute;
  b.editions[b.size] = editions;
  b.target[b.size] = target;
  b.start[b.size] = b.operands;
  b.size += 1;
  b.start[b.size] = b.operands;
}

/** Adds an operand to the rule opened last. */
function operand(b: Builder, cell: number, sign: number, scale: number): void {
  b.operand[b.operands] = cell;
  b.sign[b.operands] = sign;
  b.scale[b.operands] = scale;
  b.operands += 1;
  b.start[b.size] = b.operands;
}

/** How tableRules numbers cells: by position, by id, or by reference. */
type Cells = {
  readonly cell: (t: number, r: number, c: number) => number;
  readonly rowOf: (table: Table, item: string, guess: number) => number | undefined;
  readonly cellOf: (ref: CellRef) => number;
};

function tableRules(
  index: DatasetIndex,
  b: Builder,
  table: Table,
  t: number,
  { cell, rowOf, cellOf }: Cells
): void {
  const en = table.figures.en;
  const ja = table.figures.ja;
  const editions =
    (en === undefined ? 0 : EDITION_BIT.en) | (ja === undefined ? 0 : EDITION_BIT.ja);
  // Each row's figures in each edition, looked up once.
  const enRows = table.rows.map((row) => en?.[row.id]);
  const jaRows = table.rows.map((row) => ja?.[row.id]);
  const has = (r: number, c: number): boolean =>
    (enRows[r]?.[c] ?? null) !== null || (jaRows[r]?.[c] ?? null) !== null;
  const columnOf = (id: string) => index.columnPositions.get(`${table.id}|${id}`);
  const rate = index.dataset.fxRate.jpyPerUsd;
  // A cell of this table by column id: numbered by position where the table has it.
  const at = (item: string, id: string, col: number | undefined, guess: number): number => {
    const rr = rowOf(table, item, guess);
    return col === undefined || rr === undefined
      ? cellOf({ table: table.id, item, column: id })
      : cell(t, rr, col);
  };
  table.columns.forEach((column, c) => {
    const of = column.kind === "share" ? columnOf(column.of) : undefined;
    // Where the column's base is, found once: the guess for every row's denominator.
    const baseRow = column.kind === "share" ? (rowOf(table, column.baseItem, -1) ?? -1) : -1;
    const current = column.kind === "change" ? columnOf(column.current) : undefined;
    const prior = column.kind === "change" ? columnOf(column.prior) : undefined;
    const jpy = column.kind === "usd" ? columnOf(column.translates) : undefined;
    const jpyColumn = jpy === undefined ? undefined : table.columns[jpy];
    table.rows.forEach((row, r) => {
      if (row.role === "heading" || !has(r, c)) {
        return;
      }
      const target = cell(t, r, c);
      const checked = row.checked !== false;
      switch (column.kind) {
        case "share":
          if (checked) {
            rule(b, "share", RECOMPUTE.share, editions, target);
            operand(b, at(row.id, column.of, of, r), 1, 1);
            operand(b, at(row.shareBase ?? column.baseItem, column.of, of, baseRow), 1, 1);
          }
          break;
        case "change":
          if (checked) {
            rule(b, "change", RECOMPUTE.change, editions, target);
            operand(b, at(row.id, column.current, current, r), 1, 1);
            operand(b, at(row.id, column.prior, prior, r), 1, 1);
          }
          break;
        case "usd": {
          // cellUnit of the JPY cell: the row's own unit, or its column's.
          const unit =
            jpyColumn === undefined
              ? null
              : jpyColumn.kind === "amount" || jpyColumn.kind === "usd"
                ? (row.unit ?? jpyColumn.unit)
                : "percent";
          const scale = unitScale(unit ?? "JPY", "JPY");
          if (scale !== null && checked) {
            rule(b, "translation", RECOMPUTE.translation, editions, target);
            operand(b, at(row.id, column.translates, jpy, r), 1, scale / (rate * 1000));
          }
          break;
        }
        case "amount":
        case "rate":
          break;
      }
      if ((column.kind === "amount" || column.kind === "usd") && row.children !== undefined) {
        rule(b, "footing", RECOMPUTE.linear, editions, target);
        let guess = r - row.children.length;
        for (const child of row.children) {
          const rr = rowOf(table, child.item, guess);
          guess = (rr ?? guess) + 1;
          if (rr !== undefined && has(rr, c)) {
            operand(b, cell(t, rr, c), child.sign, 1);
          }
        }
      }
      if (editions === (EDITION_BIT.en | EDITION_BIT.ja)) {
        rule(b, "edition", RECOMPUTE.edition, editions, target);
      }
    });
  });
}

function reconciliationRule(
  index: DatasetIndex,
  b: Builder,
  rec: Reconciliation,
  cellOf: (ref: CellRef) => number
): void {
  const totalUnit = cellUnit(index, rec.total) ?? "JPY";
  // A reconciliation holds in an edition only where every table it names is printed.
  const tables = [rec.total, ...rec.parts.map((p) => p.ref)].map((ref) =>
    index.tables.get(ref.table)
  );
  const holds = (e: Edition) => tables.every((t) => t !== undefined && t.figures[e] !== undefined);
  const editions = (holds("en") ? EDITION_BIT.en : 0) | (holds("ja") ? EDITION_BIT.ja : 0);
  b.origin.set(b.size, rec);
  rule(b, "reconciliation", RECOMPUTE.linear, editions, cellOf(rec.total));
  for (const part of rec.parts) {
    const scale = unitScale(cellUnit(index, part.ref) ?? totalUnit, totalUnit) ?? 1;
    operand(b, cellOf(part.ref), part.sign, scale);
  }
}

function finish(index: DatasetIndex, b: Builder, cells: CompiledRules["cells"]): CompiledRules {
  const size = b.size;
  const tables = index.dataset.tables;
  const ref = (cell: number): CellRef => {
    if (cell >= cells.dense) {
      return cells.extra[cell - cells.dense];
    }
    let t = tables.length - 1;
    while (cells.base[t] > cell) {
      t -= 1;
    }
    const table = tables[t];
    const offset = cell - cells.base[t];
    const columns = table.columns.length;
    return {
      table: table.id,
      item: table.rows[Math.floor(offset / columns)].id,
      column: table.columns[offset % columns].id,
    };
  };
  const built: Rule[] = [];
  let all: ReadonlyArray<Rule> | null = null;
  const result: CompiledRules = {
    index,
    size,
    kind: b.kind.subarray(0, size),
    recompute: b.recompute.subarray(0, size),
    editions: b.editions.subarray(0, size),
    target: b.target.subarray(0, size),
    start: b.start.subarray(0, size + 1),
    operand: b.operand.subarray(0, b.operands),
    sign: b.sign.subarray(0, b.operands),
    scale: b.scale.subarray(0, b.operands),
    cells,
    ref,
    rule: (i) => (built[i] ??= ruleOf(result, b.origin.get(i), i)),
    all: () => (all ??= Array.from({ length: size }, (_, i) => result.rule(i))),
  };
  return result;
}

/** Rule `i` as the object `Rule` describes, with the ids and references deriveRules gave. */
function ruleOf(rules: CompiledRules, origin: Reconciliation | Claim | undefined, i: number): Rule {
  const kind = RULE_KINDS[rules.kind[i]];
  const editions = EDITIONS[rules.editions[i]];
  const target = rules.ref(rules.target[i]);
  const from = rules.start[i];
  const operands = Array.from({ length: rules.start[i + 1] - from }, (_, k) => from + k);
  const terms = () =>
    operands.map((k) => ({
      ref: rules.ref(rules.operand[k]),
      sign: rules.sign[k] as 1 | -1,
      scale: rules.scale[k],
    }));
  const cell = (k: number) => rules.ref(rules.operand[from + k]);
  const id = `${kind}:${target.table}:${target.item}:${target.column}`;
  switch (kind) {
    case "share":
      return { kind, id, editions, target, numerator: cell(0), denominator: cell(1) };
    case "change":
      return { kind, id, editions, target, current: cell(0), prior: cell(1) };
    case "footing":
      return { kind, id, editions, target, terms: terms() };
    case "translation":
      return { kind, id, editions, target, jpy: cell(0), factor: rules.scale[from] };
    case "reconciliation":
      return { kind, id: `reconciliation:${origin?.id}`, editions, target, terms: terms() };
    case "claim":
      return { kind, id: `claim:${origin?.id}`, editions, target, claim: origin as Claim };
    case "edition":
      return { kind, id, editions, target };
  }
}
