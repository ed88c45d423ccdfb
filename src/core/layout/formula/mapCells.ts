import type { CellOperand, Expr } from "./Expr";

/**
 * The formula with every cell operand replaced, the rest of the tree as it was.
 *
 * @param expr - the formula
 * @param to - the replacement of each cell operand
 * @returns the new formula
 */
export function mapCells(expr: Expr, to: (cell: CellOperand) => CellOperand): Expr {
  switch (expr.kind) {
    case "cell":
      return { kind: "cell", cell: to(expr.cell) };
    case "binary":
      return { ...expr, left: mapCells(expr.left, to), right: mapCells(expr.right, to) };
    case "call":
      return { ...expr, args: expr.args.map((a) => mapCells(a, to)) };
    default:
      return expr;
  }
}
