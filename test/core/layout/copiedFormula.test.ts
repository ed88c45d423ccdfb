import fc from "fast-check";
import { call, type Expr, num, op } from "../../../src/core/layout/formula/Expr";
import { mapCells } from "../../../src/core/layout/formula/mapCells";
import { copiedFormula, renderFormula } from "../../../src/core/layout/formula/renderFormula";

const SHEET = "Sheet 1";

/** Formulas of cells on this sheet (relative or fixed row) and another, numbers and calls. */
const exprs: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc
      .record({
        sheet: fc.constantFrom(SHEET, "Other's"),
        row: fc.nat(500),
        column: fc.nat(60),
        fixedRow: fc.boolean(),
      })
      .map((cell): Expr => ({ kind: "cell", cell })),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(num),
    fc
      .tuple(
        tie("expr"),
        fc.constantFrom("+", "-", "*", "/", ">=") as fc.Arbitrary<"+">,
        tie("expr")
      )
      .map(([a, o, b]) => op(a, o, b)),
    fc.array(tie("expr"), { minLength: 1, maxLength: 3 }).map((args) => call("AND", ...args))
  ),
})).expr;

describe("copiedFormula", () => {
  it("writes the formula as Excel shifts it: relative references move, fixed rows and other sheets stay", () => {
    fc.assert(
      fc.property(exprs, fc.nat(300), fc.nat(40), (expr, rows, columns) => {
        const moved = mapCells(expr, (cell) =>
          cell.sheet !== SHEET
            ? cell
            : {
                ...cell,
                row: cell.fixedRow ? cell.row : cell.row + rows,
                column: cell.column + columns,
              }
        );
        const copy = copiedFormula(expr, SHEET);
        expect(copy(rows, columns)).toBe(renderFormula(moved, SHEET));
        expect(copy(0, 0)).toBe(renderFormula(expr, SHEET));
      })
    );
  });

  it("on a formula of the selection's highlight: C9 copied two down and one right", () => {
    const b7: Expr = { kind: "cell", cell: { sheet: SHEET, row: 6, column: 1, fixedRow: false } };
    const base: Expr = { kind: "cell", cell: { sheet: SHEET, row: 29, column: 1, fixedRow: true } };
    expect(copiedFormula(op(op(b7, "/", base), "*", num(100)), SHEET)(2, 1)).toBe("C9/C$30*100");
  });
});
