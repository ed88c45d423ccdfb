import { a1, columnLetters, quoteSheet } from "../a1";
import type { CellOperand, Expr } from "./Expr";

function numberLiteral(value: number): string {
  // The shortest text that reads back as the same double: the engine's constants, bit for bit.
  const literal = String(value).toUpperCase().replace("E+", "E");
  return value < 0 ? `(${literal})` : literal;
}

function render(expr: Expr, cellText: (cell: CellOperand) => string): string {
  switch (expr.kind) {
    case "number":
      return numberLiteral(expr.value);
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "text":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "cell":
      return cellText(expr.cell);
    case "binary":
      return `(${render(expr.left, cellText)}${expr.op}${render(expr.right, cellText)})`;
    case "call":
      return `${expr.fn}(${expr.args.map((a) => render(a, cellText)).join(",")})`;
  }
}

/** The text a formula uses for an operand on another sheet: a workbook name, or null for a direct reference. */
export type OperandNamer = (cell: CellOperand) => string | null;

/**
 * The formula text (without "=") written for the cell at `anchor` on sheet `sheet`: cells on
 * the same sheet are named without the sheet; a fixed row gets a `$`. A cell on another sheet
 * is the workbook name `nameOf` gives it (conditional formats may reach other sheets only
 * through names), else a quoted direct reference (what cell formulas may use).
 *
 * @param expr - the formula
 * @param sheet - the sheet the formula lives on
 * @param nameOf - the workbook name of an operand on another sheet, if it has one
 * @returns the text
 * @example
 * renderFormula(op(cellB7, "*", num(100)), "Balance Sheet") //=> "(B7*100)"
 */
export function renderFormula(
  expr: Expr,
  sheet: string,
  nameOf: OperandNamer = () => null
): string {
  return render(expr, (cell) => {
    const address = `${columnLetters(cell.column)}${cell.fixedRow ? "$" : ""}${cell.row + 1}`;
    return cell.sheet === sheet
      ? address
      : (nameOf(cell) ?? `${quoteSheet(cell.sheet)}!${address}`);
  });
}

/**
 * The formula in relative terms for a formula anchored at (`row`, `column`) of `sheet`: two
 * cells whose keys are equal hold the same formula once Excel shifts its relative references.
 * A cell on another sheet counts as absolute, since the formula reaches it through a name.
 *
 * @param expr - the formula
 * @param sheet - the sheet the formula lives on
 * @param row - the anchor's row
 * @param column - the anchor's column
 * @returns a key
 * @example
 * relativeKey(op(cellB7, "*", num(100)), "Balance Sheet", 6, 1) //=> "(<R[0]C[0]>*100)"
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
