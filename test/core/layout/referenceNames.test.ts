import fc from "fast-check";
import { buildWorkbookPlan } from "../../../src/core/layout/buildWorkbookPlan";
import { call, type Expr, num, op } from "../../../src/core/layout/formula/Expr";
import { relativeKey, renderFormula } from "../../../src/core/layout/formula/renderFormula";
import type { LayoutOptions } from "../../../src/core/layout/LayoutOptions";
import { referenceNames } from "../../../src/core/layout/referenceNames";
import { referenceName, validWorkbookName } from "../../../src/core/layout/workbookName";
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

describe.each<LayoutOptions["mode"]>(["round", "truncate"])("the plan in %s mode", (mode) => {
  describe.each<LayoutOptions["edition"]>(["en", "ja", "both"])("of edition %s", (edition) => {
    const plan: WorkbookPlan = buildWorkbookPlan(index, { edition, mode, highlightMinor: true });
    const highlights = plan.sheets.flatMap((s) => s.highlights.map((h) => ({ sheet: s, h })));
    const defined = new Map(plan.names.map((n) => [n.name.toUpperCase(), n]));
    const sheetNames = new Set(plan.sheets.map((s) => s.name));

    it("writes no highlight formula that references a sheet directly", () => {
      expect(highlights.length).toBeGreaterThan(0);
      for (const { sheet, h } of highlights) {
        expect({ at: `${sheet.name}!${h.range}`, bang: h.formula.includes("!") }).toEqual({
          at: `${sheet.name}!${h.range}`,
          bang: false,
        });
      }
    });

    it("defines every workbook name a highlight formula uses, as a single cell of another sheet", () => {
      for (const { sheet, h } of highlights) {
        for (const name of namesUsed(h.formula)) {
          const target = defined.get(name.toUpperCase());
          expect({ name, defined: target !== undefined }).toEqual({ name, defined: true });
          const m = /^='((?:[^']|'')+)'!\$[A-Z]+\$\d+$/.exec(target!.refersTo);
          expect(m).not.toBeNull();
          const other = m![1].replace(/''/g, "'");
          expect(other).not.toBe(sheet.name);
          expect(sheetNames.has(other)).toBe(true);
          expect(target!.comment).toMatch(/^Highlight formula reference to /);
        }
      }
    });

    it("gives every workbook name a valid spelling, unique regardless of case", () => {
      const names = plan.names.map((n) => n.name);
      expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
      for (const name of names) {
        expect({ name, valid: validWorkbookName(name) }).toEqual({ name, valid: true });
      }
    });

    it("defines no highlight reference name that no formula uses", () => {
      const used = new Set(
        highlights.flatMap(({ h }) => namesUsed(h.formula)).map((n) => n.toUpperCase())
      );
      const references = plan.names.filter((n) => n.name.startsWith("IIJ_CF_"));
      if (edition === "both") {
        expect(references.length).toBeGreaterThan(0);
      }
      for (const n of references) {
        expect(used.has(n.name.toUpperCase())).toBe(true);
      }
    });
  });
});

it("keeps the same reference names whatever the mode and the minor option, so a re-check can swap formulas", () => {
  const names = (options: Omit<LayoutOptions, "edition">) =>
    buildWorkbookPlan(index, { edition: "both", ...options })
      .names.map((n) => `${n.name}=${n.refersTo}`)
      .sort();
  const round = names({ mode: "round", highlightMinor: true });
  expect(names({ mode: "truncate", highlightMinor: true })).toEqual(round);
  expect(names({ mode: "round", highlightMinor: false })).toEqual(round);
});

describe("validWorkbookName", () => {
  it("accepts names of letters, digits, underscores and dots that start with a letter or underscore", () => {
    for (const name of ["IIJ_FXRATE", "_x", "IIJ_CF_EN_BALANCE_SHEET_B7", "a.b", "ABCD1"]) {
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

describe("referenceName", () => {
  it("spells the sheet's key in capitals with its words split, then the cell's address", () => {
    expect(referenceName("en:operationsQuarterly", 6, 3)).toBe("IIJ_CF_EN_OPERATIONS_QUARTERLY_D7");
    expect(referenceName("ja:claims", 0, 27)).toBe("IIJ_CF_JA_CLAIMS_AB1");
  });
});

describe("relativeKey", () => {
  it("shifts references on the formula's own sheet, so cells one below the other share a key", () => {
    const at = (row: number) => relativeKey(op(cell("S", row, 1), "*", num(2)), "S", row, 1);
    expect(at(7)).toBe(at(6));
  });

  it("treats a cell on another sheet as absolute, since a name reaches it", () => {
    const at = (row: number) => relativeKey(op(cell("T", row, 1), "*", num(2)), "S", row, 1);
    expect(at(7)).not.toBe(at(6));
    const fixed = (row: number) => relativeKey(op(cell("T", 3, 1), "*", num(2)), "S", row, 1);
    expect(fixed(7)).toBe(fixed(6));
  });
});

describe("a formula rendered with reference names", () => {
  const sheets = ["Here", "There's"];
  const operand = fc
    .record({
      sheet: fc.constantFrom(...sheets),
      row: fc.nat({ max: 5 }),
      column: fc.nat({ max: 3 }),
      fixedRow: fc.boolean(),
    })
    .map(({ sheet, row, column, fixedRow }) => cell(sheet, row, column, fixedRow));
  const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      operand,
      fc.integer({ min: -9, max: 9 }).map(num),
      fc
        .tuple(tie("e"), fc.constantFrom("+" as const, "-" as const, "*" as const), tie("e"))
        .map(([a, o, b]) => op(a, o, b)),
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

  it("reads the same cells as the direct references did, with none of them written as 'Sheet'!", () => {
    fc.assert(
      fc.property(expr, grid, grid, (e, here, there) => {
        const names = referenceNames(
          new Map([
            ["Here", "en:here"],
            ["There's", "en:there"],
          ])
        );
        const named = renderFormula(e, "Here", names.nameOf);
        const direct = renderFormula(e, "Here");
        expect(named).not.toContain("!");
        const read = (sheet: string, row: number, column: number): CellValue =>
          (sheet === "Here" ? here : there)[row]?.[column] ?? null;
        // Only unshifted: a direct reference to another sheet shifts, a name does not (by design).
        expect(
          evaluateFormula(named, "Here", read, { rows: 0, columns: 0 }, names.names())
        ).toEqual(evaluateFormula(direct, "Here", read));
      }),
      { numRuns: 200 }
    );
  });
});
