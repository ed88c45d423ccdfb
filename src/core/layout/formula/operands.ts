import type { RoundingMode } from "../../numbers/RoundingMode";
import type { PlacedCell } from "../WorkbookPlan";
import { call, type Expr, num, op } from "./Expr";

/** An interval as two formula expressions. */
export type IntervalExpr = { readonly lo: Expr; readonly hi: Expr };

/**
 * A reference to a placed cell.
 *
 * @param cell - where the figure is
 * @param fixedRow - anchor the row, so the reference does not shift down a highlighted range
 * @returns the reference
 * @example
 * cellRef(placed, false) //=> { kind: "cell", cell: { sheet: "Balance Sheet", row: 6, column: 2, fixedRow: false } }
 */
export function cellRef(cell: PlacedCell, fixedRow = false): Expr {
  return {
    kind: "cell",
    cell: { sheet: cell.sheet, row: cell.row, column: cell.column, fixedRow },
  };
}

/**
 * The figure's value in its printed unit: percent cells hold fractions, so ×100.
 *
 * @param cell - the placed cell
 * @param fixedRow - anchor the row
 * @returns the expression
 * @example
 * figureValue(percentCell) // (D8*100)
 */
export function figureValue(cell: PlacedCell, fixedRow = false): Expr {
  const ref = cellRef(cell, fixedRow);
  return cell.storage === "percent" ? op(ref, "*", num(100)) : ref;
}

/**
 * The interval an amount stands for, as `amountBounds`/`reportedInterval` compute it: ±½ unit
 * when rounded; [v, v+u] above zero, [v−u, v] below, [−u, u] at zero when truncated; and a cell
 * the release prints as a nil dash is exactly 0 while it still holds 0.
 *
 * @param cell - the placed amount
 * @param mode - the rounding mode
 * @param fixedRow - anchor the row
 * @returns the bounds
 * @example
 * amountInterval(cell, "round") // { lo: (B8-0.5), hi: (B8+0.5) }
 */
export function amountInterval(
  cell: PlacedCell,
  mode: RoundingMode,
  fixedRow = false
): IntervalExpr {
  const v = figureValue(cell, fixedRow);
  const unit = 10 ** -cell.decimals;
  const bounds: IntervalExpr =
    mode === "round"
      ? { lo: op(v, "-", num(unit / 2)), hi: op(v, "+", num(unit / 2)) }
      : {
          lo: op(v, "-", op(num(unit), "*", op(v, "<=", num(0)))),
          hi: op(v, "+", op(num(unit), "*", op(v, ">=", num(0)))),
        };
  if (cell.printedNil !== true) {
    return bounds;
  }
  const isNil = op(v, "=", num(0));
  return {
    lo: call("IF", isNil, num(0), bounds.lo),
    hi: call("IF", isNil, num(0), bounds.hi),
  };
}

/**
 * The interval a reported percentage stands for: always rounded, ±½·10⁻ᵈ.
 *
 * @param cell - the placed percentage (a fraction in the cell)
 * @returns the bounds in percent
 * @example
 * percentInterval(cell) // { lo: ((D8*100)-0.05), hi: ((D8*100)+0.05) }
 */
export function percentInterval(cell: PlacedCell): IntervalExpr {
  const v = figureValue(cell);
  const half = 10 ** -cell.decimals / 2;
  return { lo: op(v, "-", num(half)), hi: op(v, "+", num(half)) };
}

/**
 * The quotient a ÷ b from its four corner values, as `divideIntervals` computes it.
 *
 * @param a - numerator bounds
 * @param b - denominator bounds (the caller guards that they exclude 0)
 * @returns the quotient's bounds
 * @example
 * divideExpr(a, b) // { lo: MIN(a.lo/b.lo, a.lo/b.hi, a.hi/b.lo, a.hi/b.hi), hi: MAX(…) }
 */
export function divideExpr(a: IntervalExpr, b: IntervalExpr): IntervalExpr {
  const corners = [
    op(a.lo, "/", b.lo),
    op(a.lo, "/", b.hi),
    op(a.hi, "/", b.lo),
    op(a.hi, "/", b.hi),
  ];
  return { lo: call("MIN", ...corners), hi: call("MAX", ...corners) };
}

/**
 * The condition under which a quotient is bounded: the denominator's interval excludes 0.
 *
 * @param b - denominator bounds
 * @returns the condition
 * @example
 * excludesZero(b) // OR((b.lo>0),(b.hi<0))
 */
export function excludesZero(b: IntervalExpr): Expr {
  return call("OR", op(b.lo, ">", num(0)), op(b.hi, "<", num(0)));
}
