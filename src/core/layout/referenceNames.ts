import { a1, quoteSheet } from "./a1";
import type { CellOperand } from "./formula/Expr";
import type { OperandNamer } from "./formula/renderFormula";
import { referenceName } from "./workbookName";
import type { WorkbookPlan } from "./WorkbookPlan";

/** The workbook names highlight formulas read other sheets through, collected as they are used. */
export type ReferenceNames = {
  /** The name of an operand on another sheet (defined on first use); null for an unknown sheet. */
  readonly nameOf: OperandNamer;
  /** The names defined so far, in order of first use. */
  readonly names: () => WorkbookPlan["names"];
};

/**
 * A collector of highlight reference names. A conditional format's formula may not reference
 * another sheet directly in a saved workbook (Excel keeps such rules only in an extension, and
 * drops or repairs plain ones), but it may use a workbook name that does: so every cross-sheet
 * operand becomes a name whose formula is the cell's absolute address.
 *
 * @param sheetKeys - each sheet's name → its stable key, for readable names
 * @returns the collector
 * @example
 * referenceNames(new Map([["Operations (Quarterly)", "en:operationsQuarterly"]])).nameOf(cell) //=> "IIJ_CF_EN_OPERATIONS_QUARTERLY_D7"
 */
export function referenceNames(sheetKeys: ReadonlyMap<string, string>): ReferenceNames {
  const defined = new Map<string, WorkbookPlan["names"][number]>();
  const nameOf = (cell: CellOperand): string | null => {
    const key = sheetKeys.get(cell.sheet);
    if (key === undefined) {
      // Every placed cell's sheet is in the plan; a direct reference here would fail the
      // plan tests that forbid "!" in highlight formulas.
      return null;
    }
    const name = referenceName(key, cell.row, cell.column);
    if (!defined.has(name)) {
      const address = `${quoteSheet(cell.sheet)}!${a1(cell.row, cell.column, true)}`;
      defined.set(name, {
        name,
        refersTo: `=${address}`,
        comment: `Highlight formula reference to ${address}`,
      });
    }
    return name;
  };
  return { nameOf, names: () => [...defined.values()] };
}
