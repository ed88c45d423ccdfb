import type { Severity } from "../checks/Severity";
import type { CellOperand, Expr } from "../layout/formula/Expr";
import { formulaTemplate } from "../layout/formula/renderFormula";
import { ruleFormula } from "../layout/formula/ruleFormula";
import type { PlacedCell } from "../layout/WorkbookPlan";
import type { RoundingMode } from "../numbers/RoundingMode";
import type { CellRule } from "./relationRule";
import { ruleCells } from "./ruleCells";

/**
 * A covered cell's highlight formulas up to where their operands are: the templates of their
 * parts (what `highlightExpr` joins: the cells that must be numbers, the conditions and the
 * finding, shared by both severities; then each severity's own test), each named by a number,
 * and which operand every cell reference of a template stands for. Cells of one rule kind
 * whose operands have equal codes (`GridFigures.code`) have one shape.
 */
export type HighlightShape = {
  /** The shared part's template, with the rule's kind. */
  readonly shared: number;
  /** Each severity's own part's template, in the order of the severities asked. */
  readonly own: ReadonlyArray<number>;
  /** The shared part's cell references in order, each `operand × 2 + 1` when its row is fixed, else `operand × 2`. */
  readonly sharedCells: ReadonlyArray<number>;
  /** Each severity's own part's cell references, the same way. */
  readonly ownCells: ReadonlyArray<ReadonlyArray<number>>;
  /** Whether an operand is read with a fixed row somewhere (a share's base). */
  readonly fixedRow: ReadonlyArray<boolean>;
  /** Whether an operand is read with a relative row somewhere. */
  readonly movingRow: ReadonlyArray<boolean>;
};

/**
 * The shape of a rule's highlight formulas: the rule's formula is built once with each operand
 * placed at a row of its own (row k for operand k, in `ruleCells`' order) and the storage and
 * decimals its code says, so every cell reference tells which operand it stands for. A formula
 * depends on its operands' places only through those references.
 *
 * @param rule - the rule of one covered cell
 * @param codes - its operands' codes, in `ruleCells`' order, none −1
 * @param sheet - the sheet the formulas live on
 * @param mode - how the amounts were rounded
 * @param severities - the severities highlighted
 * @param templateId - names a template by a number, equal texts by equal numbers
 * @returns the shape
 * @example
 * highlightShape(shareRule, [2, 0, 0], "S", "round", ["major"], id).sharedCells // [0, 2, 5, …]
 */
export function highlightShape(
  rule: CellRule["rule"],
  codes: ReadonlyArray<number>,
  sheet: string,
  mode: RoundingMode,
  severities: ReadonlyArray<Severity>,
  templateId: (text: string) => number
): HighlightShape {
  const refs = ruleCells(rule);
  const placed = (k: number): PlacedCell => ({
    edition: "en",
    ref: refs[k],
    sheet,
    address: "",
    row: k,
    column: 0,
    storage: codes[k] % 2 === 1 ? "percent" : "amount",
    decimals: codes[k] >> 1,
  });
  const f = ruleFormula(
    rule,
    "en",
    (_, ref) => {
      // ruleFormula asks for the rule's own references: each is one operand.
      const k = refs.indexOf(ref);
      if (k < 0) {
        throw new Error(`not an operand of the rule ${rule.id}: ${ref.item}, ${ref.column}`);
      }
      return placed(k);
    },
    mode
  );
  if (f === null) {
    throw new Error(`no formula for the rule ${rule.id}`);
  }
  const fixedRow = refs.map(() => false);
  const movingRow = refs.map(() => false);
  const numbered = (cells: ReadonlyArray<CellOperand>): number[] =>
    cells.map((cell) => {
      fixedRow[cell.row] ||= cell.fixedRow;
      movingRow[cell.row] ||= !cell.fixedRow;
      return cell.row * 2 + (cell.fixedRow ? 1 : 0);
    });
  const sharedCells: CellOperand[] = [];
  const template = (e: Expr) => formulaTemplate(e, sharedCells);
  const shared = templateId(
    `${rule.kind}\u0000${f.numbers.map(template).join("\u0001")}\u0000${f.conditions.map(template).join("\u0001")}\u0000${template(f.finding)}`
  );
  const own = severities.map((severity) => {
    const cells: CellOperand[] = [];
    return {
      id: templateId(formulaTemplate(severity === "major" ? f.far : f.near, cells)),
      cells: numbered(cells),
    };
  });
  return {
    shared,
    own: own.map((o) => o.id),
    sharedCells: numbered(sharedCells),
    ownCells: own.map((o) => o.cells),
    fixedRow,
    movingRow,
  };
}
