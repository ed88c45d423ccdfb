import fc from "fast-check";
import { buildWorkbookPlan } from "../../../src/core/layout/buildWorkbookPlan";
import { call, type Expr, num, op } from "../../../src/core/layout/formula/Expr";
import { relativeKey, renderFormula } from "../../../src/core/layout/formula/renderFormula";
import type { LayoutOptions } from "../../../src/core/layout/LayoutOptions";
import { validWorkbookName } from "../../../src/core/layout/workbookName";
import type { WorkbookPlan } from "../../../src/core/layout/WorkbookPlan";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import { type CellValue, evaluateFormula } from "../../support/formulaEvaluator";

const index = buildIndex(dataset);

/** The workbook names a formula uses: words not followed by "(", outside texts, numbers and cells. */
function namesUsed(formula: string): string[] {
  const bare = formula
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/(?<![A-Za-z0-9_.$])\d+(\.\d+)?(E[+-]?\d+)?/gi, "0")
    .replace(/(?<![A-Za-z0-9_.])\$?[A-Z]{1,3}\$?\d+(?![A-Za-z0-9_.(])/g, "0");
  return [...bare.matchAll(/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(])/g)]
    .map((m) => m[0])
    .filter((w) => !/^(TRUE|FALSE)$/i.test(w));
}

const cell = (sheet: string, row: number, column: number, fixedRow = false): Expr => ({
  kind: "cell",
  cell: { sheet, row, column, fixedRow },
});

/** The cells a highlight formula lives on that mirror another sheet's cell. */
function mirrors(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) =>
    s.values.flatMap((row, r) =>
      row.flatMap((v, c) =>
        typeof v === "string" && v.startsWith("=IF(ISNUMBER('") ? [`${s.name}!${r}:${c} ${v}`] : []
      )
    )
  );
}

describe.each<LayoutOptions["mode"]>(["round", "truncate"])("the plan in %s mode", (mode) => {
  describe.each<LayoutOptions["edition"]>(["en", "ja", "both"])("of edition %s", (edition) => {
    const plan: WorkbookPlan = buildWorkbookPlan(index, { edition, mode, highlightMinor: true });
    const highlights = plan.sheets.flatMap((s) => s.highlights.map((h) => ({ sheet: s, h })));

    it("writes highlight formulas that read only their own sheet: no sheet reference, no workbook name", () => {
      expect(highlights.length).toBeGreaterThan(0);
      for (const { sheet, h } of highlights) {
        const at = `${sheet.name}!${h.range}`;
        expect({ at, bang: h.formula.includes("!"), names: namesUsed(h.formula) }).toEqual({
          at,
          bang: false,
          names: [],
        });
      }
    });

    it("puts every highlight on a rectangle of cells, and no edition rule among them", () => {
      for (const { h } of highlights) {
        expect(h.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(h.rule).not.toBe("edition");
      }
    });

    it("defines only the rate's and the tables' workbook names, validly spelled and unique", () => {
      const names = plan.names.map((n) => n.name);
      expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
      for (const name of names) {
        expect({ name, valid: validWorkbookName(name) }).toEqual({ name, valid: true });
      }
      const tables = new Set(plan.placements.map((p) => `${p.edition}|${p.ref.table}`));
      tables.delete("en|claims");
      tables.delete("ja|claims");
      expect(plan.names.length).toBe(tables.size + (names.includes("IIJ_FXRATE") ? 1 : 0));
    });
  });
});

it("keeps the mirror cells whatever the mode and the minor option, so a re-check only swaps rule formulas", () => {
  const of = (options: Omit<LayoutOptions, "edition">) =>
    mirrors(buildWorkbookPlan(index, { edition: "both", ...options }));
  const round = of({ mode: "round", highlightMinor: true });
  expect(round.length).toBeGreaterThan(0);
  expect(of({ mode: "truncate", highlightMinor: true })).toEqual(round);
  expect(of({ mode: "round", highlightMinor: false })).toEqual(round);
});

it("writes both editions with minor highlights in at most 600 rules, down from one per cell and severity", () => {
  const plan = buildWorkbookPlan(index, { edition: "both", mode: "round", highlightMinor: true });
  const rules = plan.sheets.flatMap((s) => s.highlights);
  const cells = rules.reduce((n, h) => {
    const [from, to = from] = h.range.split(":");
    const col = (a: string) =>
      [...a.replace(/\d+/, "")].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
    const row = (a: string) => Number(a.replace(/[A-Z]+/, ""));
    return n + (row(to) - row(from) + 1) * (col(to) - col(from) + 1);
  }, 0);
  expect(rules.length).toBeLessThanOrEqual(600);
  expect(cells).toBeGreaterThan(3 * rules.length);
  expect(plan.names.length).toBeLessThanOrEqual(60);
});

describe("validWorkbookName", () => {
  it("accepts names of letters, digits, underscores and dots that start with a letter or underscore", () => {
    for (const name of ["IIJ_FXRATE", "_x", "IIJ_BALANCE_SHEET_JA", "a.b", "ABCD1"]) {
      expect(validWorkbookName(name)).toBe(true);
    }
  });

  it("rejects names that read as a cell in A1 or R1C1 notation, or hold other characters", () => {
    for (const name of [
      "AB12",
      "xfd1",
      "R1C1",
      "R",
      "c",
      "RC",
      "R2",
      "C10",
      "1abc",
      "a b",
      "ä",
      "",
    ]) {
      expect({ name, valid: validWorkbookName(name) }).toEqual({ name, valid: false });
    }
  });

  it("rejects names longer than 255 characters", () => {
    expect(validWorkbookName("N".repeat(255))).toBe(true);
    expect(validWorkbookName("N".repeat(256))).toBe(false);
  });
});

describe("relativeKey", () => {
  it("shifts references on the formula's own sheet, so cells one below the other share a key", () => {
    const at = (row: number) => relativeKey(op(cell("S", row, 1), "*", num(2)), "S", row, 1);
    expect(at(7)).toBe(at(6));
  });

  it("shifts references along a row too, so a total's footing across its columns shares a key", () => {
    const at = (column: number) =>
      relativeKey(op(cell("S", 3, column), "+", cell("S", 4, column)), "S", 5, column);
    expect(at(2)).toBe(at(1));
  });

  it("keeps an anchored row fixed, and treats a cell on another sheet as absolute", () => {
    const fixed = (row: number) => relativeKey(op(cell("S", 9, 1, true), "*", num(2)), "S", row, 1);
    expect(fixed(7)).toBe(fixed(6));
    const other = (row: number) => relativeKey(op(cell("T", row, 1), "*", num(2)), "S", row, 1);
    expect(other(7)).not.toBe(other(6));
  });
});

describe("renderFormula", () => {
  const operand = fc
    .record({ row: fc.nat({ max: 5 }), column: fc.nat({ max: 3 }), fixedRow: fc.boolean() })
    .map(({ row, column, fixedRow }) => cell("Here", row, column, fixedRow));
  const operator = fc.constantFrom(
    ...(["+", "-", "*", "/", "=", "<>", "<", ">=", "<=", ">"] as const)
  );
  const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      operand,
      fc.integer({ min: -9, max: 9 }).map(num),
      fc.tuple(tie("e"), operator, tie("e")).map(([a, o, b]) => op(a, o, b)),
      fc.tuple(tie("e"), tie("e")).map(([a, b]) => call("MAX", a, b))
    ),
  })).e;
  const grid = fc.array(
    fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 4 }),
    {
      minLength: 6,
      maxLength: 6,
    }
  );

  /** The tree evaluated directly, in its own order: what the rendered text must compute. */
  function direct(
    e: Expr,
    values: ReadonlyArray<ReadonlyArray<number>>
  ): number | boolean | "error" {
    const n = (v: number | boolean | "error") => (v === "error" ? v : Number(v));
    switch (e.kind) {
      case "number":
        return e.value;
      case "cell":
        return values[e.cell.row][e.cell.column];
      case "call": {
        const args = e.args.map((a) => n(direct(a, values)));
        return args.includes("error") ? "error" : Math.max(...(args as number[]));
      }
      case "binary": {
        const a = direct(e.left, values);
        const b = direct(e.right, values);
        if (a === "error" || b === "error") {
          return "error";
        }
        const [x, y] = [Number(a), Number(b)];
        switch (e.op) {
          case "+":
            return x + y;
          case "-":
            return x - y;
          case "*":
            return x * y;
          case "/":
            return y === 0 ? "error" : x / y;
          case "=":
            return typeof a === typeof b ? x === y : false;
          case "<>":
            return typeof a === typeof b ? x !== y : true;
          default:
            if (typeof a !== typeof b) {
              return "error";
            }
            return e.op === "<" ? x < y : e.op === ">" ? x > y : e.op === "<=" ? x <= y : x >= y;
        }
      }
      default:
        return "error";
    }
  }

  it("writes only the parentheses precedence needs, evaluating in the tree's own order", () => {
    fc.assert(
      fc.property(expr, grid, (e, values) => {
        const expected = direct(e, values);
        fc.pre(expected !== "error");
        const read = (_sheet: string, row: number, column: number): CellValue =>
          values[row]?.[column] ?? null;
        expect(evaluateFormula(renderFormula(e, "Here"), "Here", read)).toEqual(expected);
      }),
      { numRuns: 300 }
    );
  });

  it("leaves out parentheses of a left-hand sum and keeps those of a right-hand one", () => {
    const [a, b, c] = [cell("S", 0, 0), cell("S", 0, 1), cell("S", 0, 2)];
    expect(renderFormula(op(op(a, "-", b), "-", c), "S")).toBe("A1-B1-C1");
    expect(renderFormula(op(a, "-", op(b, "-", c)), "S")).toBe("A1-(B1-C1)");
    expect(renderFormula(op(op(a, "+", b), "*", c), "S")).toBe("(A1+B1)*C1");
  });
});
