/**
 * A tiny evaluator for the formula subset the layout generates (numbers, text, booleans, cell
 * references with or without a quoted sheet, workbook names of a cell, + − * / and unary minus,
 * comparisons, MIN, MAX, ABS, IF, AND, OR, ISNUMBER), with Excel's semantics for what the formulas rely on: IF skips the
 * branch not taken, errors are values that propagate, booleans count as 1/0 in arithmetic, a
 * blank counts as 0.
 */
export type CellValue = number | string | boolean | null;
type ErrorValue = { readonly error: string };
type Value = CellValue | ErrorValue;

type Node =
  | { t: "lit"; v: Value }
  | {
      t: "ref";
      sheet: string | null;
      row: number;
      col: number;
      fixedRow: boolean;
      fixedCol: boolean;
    }
  | { t: "name"; name: string }
  | { t: "neg"; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "call"; fn: string; args: Node[] };

const isError = (v: Value): v is ErrorValue => typeof v === "object" && v !== null;

function parse(src: string): Node {
  let i = 0;
  const peek = () => src[i];
  const expect = (s: string) => {
    if (!src.startsWith(s, i)) {
      throw new Error(`expected ${s} at ${i} in ${src.slice(i, i + 30)}`);
    }
    i += s.length;
  };
  const cellAt = (sheet: string | null): Node => {
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/.exec(src.slice(i));
    if (m === null) {
      throw new Error(`bad reference at ${i}: ${src.slice(i, i + 20)}`);
    }
    i += m[0].length;
    let col = 0;
    for (const ch of m[2]) {
      col = col * 26 + ch.charCodeAt(0) - 64;
    }
    return {
      t: "ref",
      sheet,
      row: Number(m[4]) - 1,
      col: col - 1,
      fixedRow: m[3] === "$",
      fixedCol: m[1] === "$",
    };
  };
  const primary = (): Node => {
    const c = peek();
    if (c === "(") {
      i++;
      const e = comparison();
      expect(")");
      return e;
    }
    if (c === "-") {
      i++;
      return { t: "neg", a: primary() };
    }
    if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') {
          i++;
          break;
        } else {
          s += src[i++];
        }
      }
      return { t: "lit", v: s };
    }
    if (c === "'") {
      let s = "";
      i++;
      for (;;) {
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else {
          s += src[i++];
        }
      }
      expect("!");
      return cellAt(s);
    }
    const num = /^\d+(\.\d+)?(E[+-]?\d+)?/i.exec(src.slice(i));
    if (num !== null) {
      i += num[0].length;
      return { t: "lit", v: Number(num[0]) };
    }
    if (/^\$?[A-Z]{1,3}\$?\d+(?![A-Za-z0-9_.(])/.test(src.slice(i))) {
      return cellAt(null);
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (word !== null && src[i + word[0].length] === "(") {
      i += word[0].length + 1;
      const args: Node[] = [];
      if (peek() !== ")") {
        for (;;) {
          args.push(comparison());
          if (peek() === ",") {
            i++;
            continue;
          }
          break;
        }
      }
      expect(")");
      return { t: "call", fn: word[0], args };
    }
    if (src.startsWith("TRUE", i)) {
      i += 4;
      return { t: "lit", v: true };
    }
    if (src.startsWith("FALSE", i)) {
      i += 5;
      return { t: "lit", v: false };
    }
    if (word !== null) {
      i += word[0].length;
      return { t: "name", name: word[0].toUpperCase() };
    }
    return cellAt(null);
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let a = next();
    for (;;) {
      const o = ops.find((x) => src.startsWith(x, i));
      if (o === undefined) {
        return a;
      }
      i += o.length;
      a = { t: "bin", op: o, a, b: next() };
    }
  };
  const term = binary(primary, ["*", "/"]);
  const sum = binary(term, ["+", "-"]);
  const comparison = binary(sum, ["<>", "<=", ">=", "=", "<", ">"]);
  const tree = comparison();
  if (i !== src.length) {
    throw new Error(`leftover input at ${i}: ${src.slice(i, i + 30)}`);
  }
  return tree;
}

function toNumber(v: Value): number | ErrorValue {
  if (isError(v)) {
    return v;
  }
  if (typeof v === "number") {
    return v;
  }
  if (typeof v === "boolean") {
    return v ? 1 : 0;
  }
  if (v === null || v === "") {
    return 0;
  }
  return { error: "#VALUE!" };
}

function rank(v: CellValue): number {
  return typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2;
}

function compare(a: CellValue, b: CellValue): number {
  const x = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  if (rank(x) !== rank(y)) {
    return rank(x) - rank(y);
  }
  if (typeof x === "string" && typeof y === "string") {
    return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

const parsed = new Map<string, Node>();

const nameTables = new WeakMap<DefinedNames, ReadonlyMap<string, string>>();

function nameTable(names: DefinedNames): ReadonlyMap<string, string> {
  let table = nameTables.get(names);
  if (table === undefined) {
    table = new Map(names.map((d) => [d.name.toUpperCase(), d.refersTo]));
    nameTables.set(names, table);
  }
  return table;
}

function parsedFormula(formula: string): Node {
  let tree = parsed.get(formula);
  if (tree === undefined) {
    tree = parse(formula);
    parsed.set(formula, tree);
  }
  return tree;
}

/** Workbook names: name → formula ("='Sheet'!$B$7"), as a plan's `names` hold them. */
export type DefinedNames = ReadonlyArray<{ readonly name: string; readonly refersTo: string }>;

/** Reads a cell: sheet name (the formula's own sheet when null), zero-based row and column. */
export type CellReader = (sheet: string, row: number, column: number) => CellValue;

/**
 * Evaluates a formula (without "=") written for the cell at (`row`, `column`) of `sheet`, as if
 * it were applied at (`row + dr`, `column + dc`): relative references shift, `$` ones do not.
 * A workbook name is looked up in `names` (case-insensitively) and its formula evaluated; an
 * unknown name is Excel's #NAME? error.
 */
export function evaluateFormula(
  formula: string,
  sheet: string,
  read: CellReader,
  shift: { readonly rows: number; readonly columns: number } = { rows: 0, columns: 0 },
  names: DefinedNames = []
): Value {
  const tree = parsedFormula(formula);
  const ev = (n: Node): Value => {
    switch (n.t) {
      case "lit":
        return n.v;
      case "name": {
        const refersTo = nameTable(names).get(n.name);
        return refersTo === undefined
          ? { error: "#NAME?" }
          : evaluateFormula(refersTo.replace(/^=/, ""), sheet, read, shift);
      }
      case "ref": {
        const r = n.row + (n.fixedRow ? 0 : shift.rows);
        const c = n.col + (n.fixedCol ? 0 : shift.columns);
        return read(n.sheet ?? sheet, r, c);
      }
      case "neg": {
        const a = toNumber(ev(n.a));
        return isError(a) ? a : -a;
      }
      case "bin": {
        const a = ev(n.a);
        const b = ev(n.b);
        if (isError(a)) {
          return a;
        }
        if (isError(b)) {
          return b;
        }
        if (["+", "-", "*", "/"].includes(n.op)) {
          const x = toNumber(a);
          const y = toNumber(b);
          if (isError(x)) {
            return x;
          }
          if (isError(y)) {
            return y;
          }
          switch (n.op) {
            case "+":
              return x + y;
            case "-":
              return x - y;
            case "*":
              return x * y;
            default:
              return y === 0 ? { error: "#DIV/0!" } : x / y;
          }
        }
        const c = compare(a, b);
        switch (n.op) {
          case "=":
            return c === 0;
          case "<>":
            return c !== 0;
          case "<":
            return c < 0;
          case ">":
            return c > 0;
          case "<=":
            return c <= 0;
          default:
            return c >= 0;
        }
      }
      case "call": {
        if (n.fn === "IF") {
          const cond = toNumber(ev(n.args[0]));
          if (isError(cond)) {
            return cond;
          }
          return cond !== 0 ? ev(n.args[1]) : n.args.length > 2 ? ev(n.args[2]) : false;
        }
        const args = n.args.map(ev);
        const error = args.find(isError);
        if (n.fn === "ISNUMBER") {
          return typeof args[0] === "number";
        }
        if (error !== undefined) {
          return error;
        }
        const nums = args.map(toNumber) as number[];
        switch (n.fn) {
          case "MIN":
            return Math.min(...nums);
          case "MAX":
            return Math.max(...nums);
          case "ABS":
            return Math.abs(nums[0]);
          case "AND":
            return nums.every((x) => x !== 0);
          case "OR":
            return nums.some((x) => x !== 0);
          default:
            throw new Error(`function ${n.fn} is outside the generated subset`);
        }
      }
    }
  };
  return ev(tree);
}
