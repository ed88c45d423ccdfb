/** A cell a formula reads: its sheet and zero-based position; `fixedRow` anchors the row with `$`. */
export type CellOperand = {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly fixedRow: boolean;
};

/** The functions the generated formulas use: only those Excel and LibreOffice 7.4 both have. */
export type FormulaFunction = "MIN" | "MAX" | "ABS" | "IF" | "AND" | "OR" | "ISNUMBER";

/** The operators the generated formulas use. */
export type FormulaOperator = "+" | "-" | "*" | "/" | "=" | "<>" | "<" | ">" | "<=" | ">=";

/**
 * A worksheet formula as a tree, so that one description renders both as the text Excel reads
 * and as a key that tells which cells share a formula in relative terms.
 */
export type Expr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "cell"; readonly cell: CellOperand }
  | {
      readonly kind: "binary";
      readonly op: FormulaOperator;
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly kind: "call"; readonly fn: FormulaFunction; readonly args: ReadonlyArray<Expr> };

/** A number literal. */
export const num = (value: number): Expr => ({ kind: "number", value });

/** A boolean literal. */
export const bool = (value: boolean): Expr => ({ kind: "boolean", value });

/** A text literal. */
export const text = (value: string): Expr => ({ kind: "text", value });

/** A binary operation. */
export const op = (left: Expr, operator: FormulaOperator, right: Expr): Expr => ({
  kind: "binary",
  op: operator,
  left,
  right,
});

/** A function call. */
export const call = (fn: FormulaFunction, ...args: ReadonlyArray<Expr>): Expr => ({
  kind: "call",
  fn,
  args,
});
