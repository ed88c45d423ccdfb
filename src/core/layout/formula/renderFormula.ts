import { a1, columnLetters, quoteSheet } from "../a1";
import type { CellOperand, Expr } from "./Expr";

// Formulas repeat a few constants (interval bounds, scales) over thousands of cells: each is
// rendered once. Bounded, so that a long session's distinct numbers never pile up.
const literals = new Map<number, string>();

function numberLiteral(value: number): string {
  const known = literals.get(value);
  if (known !== undefined) {
    return known;
  }
  // The shortest text that reads back as the same double: the engine's constants, bit for bit.
  const text = String(value).toUpperCase().replace("E+", "E");
  const literal = value < 0 ? `(${text})` : text;
  if (literals.size >= 4_096) {
    literals.clear();
  }
  literals.set(value, literal);
  return literal;
}

const PRECEDENCE: Readonly<Record<string, number>> = {
  "*": 3,
  "/": 3,
  "+": 2,
  "-": 2,
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
};

function render(
  expr: Expr,
  cellText: (cell: CellOperand) => string,
  outer = 0,
  right = false
): string {
  switch (expr.kind) {
    case "number":
      return numberLiteral(expr.value);
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "text":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "cell":
      return cellText(expr.cell);
    case "binary": {
      // Parentheses only where Excel's precedence needs them: operators of one level evaluate
      // left to right, so a right operand of the same level (a-(b-c)) keeps them, and so does
      // a comparison inside a comparison. The order of evaluation is the tree's, exactly.
      const own = PRECEDENCE[expr.op];
      const text = `${render(expr.left, cellText, own, false)}${expr.op}${render(expr.right, cellText, own, true)}`;
      const wrap = own < outer || (own === outer && (right || own === 1));
      return wrap ? `(${text})` : text;
    }
    case "call":
      return `${expr.fn}(${expr.args.map((a) => render(a, cellText)).join(",")})`;
  }
}

/**
 * The formula text (without "=") for sheet `sheet`: cells on the same sheet are named without
 * the sheet, a fixed row gets a `$`; a cell on another sheet is a quoted direct reference
 * (what cell formulas may use; highlight formulas read mirror cells instead). Parentheses only
 * where precedence needs them.
 *
 * @param expr - the formula
 * @param sheet - the sheet the formula lives on
 * @returns the text
 * @example
 * renderFormula(op(op(cellB7, "+", cellB8), "*", num(100)), "Balance Sheet") //=> "(B7+B8)*100"
 */
export function renderFormula(expr: Expr, sheet: string): string {
  return render(expr, (cell) => cellText(cell, sheet));
}

function cellText(cell: CellOperand, sheet: string): string {
  const address = `${columnLetters(cell.column)}${cell.fixedRow ? "$" : ""}${cell.row + 1}`;
  return cell.sheet === sheet ? address : `${quoteSheet(cell.sheet)}!${address}`;
}

// Stands for a cell in a rendered formula: no literal of a generated formula holds it.
const HOLE = "\u0000";

/**
 * The formula rendered once and written for any cell it is copied to, as Excel shifts it: its
 * relative references move with the cell, a fixed row stays, and a cell on another sheet is
 * taken as absolute (as `relativeKey` takes it). Copied by (0, 0) it is `renderFormula`'s text;
 * a copy costs the text of its references only.
 *
 * @param expr - the formula, for the cell it was built for
 * @param sheet - the sheet the formula lives on
 * @returns the text of the formula copied `rows` down and `columns` right
 * @example
 * copiedFormula(op(cellB7, "*", num(100)), "Balance Sheet")(2, 1) // "C9*100"
 */
export function copiedFormula(
  expr: Expr,
  sheet: string
): (rows: number, columns: number) => string {
  const cells: CellOperand[] = [];
  const pieces = render(expr, (cell) => {
    cells.push(cell);
    return HOLE;
  }).split(HOLE);
  if (pieces.length !== cells.length + 1) {
    throw new Error(`a literal of the formula holds U+0000: ${renderFormula(expr, sheet)}`);
  }
  return (rows, columns) => {
    let text = pieces[0];
    cells.forEach((cell, i) => {
      const moved =
        cell.sheet !== sheet
          ? cell
          : {
              ...cell,
              row: cell.fixedRow ? cell.row : cell.row + rows,
              column: cell.column + columns,
            };
      text += cellText(moved, sheet) + pieces[i + 1];
    });
    return text;
  };
}

/**
 * The formula in relative terms for a formula anchored at (`row`, `column`) of `sheet`: two
 * cells whose keys are equal hold the same formula once Excel shifts its relative references.
 * A cell on another sheet counts as absolute.
 *
 * @param expr - the formula
 * @param sheet - the sheet the formula lives on
 * @param row - the anchor's row
 * @param column - the anchor's column
 * @returns a key
 * @example
 * relativeKey(op(cellB7, "*", num(100)), "Balance Sheet", 6, 1) //=> "<R[0]C[0]>*100"
 */
export function relativeKey(expr: Expr, sheet: string, row: number, column: number): string {
  return render(expr, (cell) => {
    if (cell.sheet !== sheet) {
      return `<${quoteSheet(cell.sheet)}R${cell.row}C${cell.column}>`;
    }
    const r = cell.fixedRow ? `R${cell.row}` : `R[${cell.row - row}]`;
    return `<${r}C[${cell.column - column}]>`;
  });
}

/**
 * The formula's text with every cell operand written "@", its operands pushed in order onto
 * `cells`: two formulas of equal templates are the same once their operands are, which a
 * caller compares in whatever terms it needs (fixed or relative rows) without rendering twice.
 *
 * @param expr - the formula
 * @param cells - receives the cell operands, left to right
 * @returns the template
 * @example
 * formulaTemplate(op(cellB7, "*", num(100)), cells) // "@*100", cells [B7]
 */
export function formulaTemplate(expr: Expr, cells: CellOperand[]): string {
  return render(expr, (cell) => {
    cells.push(cell);
    return "@";
  });
}

/**
 * The A1 address of an operand, for messages and links.
 *
 * @param cell - the operand
 * @returns "'Sheet'!B7"
 * @example
 * operandAddress({ sheet: "Checks", row: 6, column: 1, fixedRow: false }) //=> "'Checks'!B7"
 */
export function operandAddress(cell: CellOperand): string {
  return `${quoteSheet(cell.sheet)}!${a1(cell.row, cell.column)}`;
}
