import { checkWorkbook } from "./checkWorkbook";
import { clearHighlights } from "./clearHighlights";
import type { ExcelDeps } from "./ExcelDeps";
import { figureAtCell } from "./figureAtCell";
import { goToFinding } from "./goToFinding";
import { insertFormula } from "./insertFormula";
import { loadRelease } from "./loadRelease";
import { watchSelection } from "./watchSelection";
import type { WorkbookActions } from "./WorkbookActions";

/**
 * The task pane's actions over an Excel runner, a plan builder and the engine.
 *
 * @param deps - what the adapter needs besides Office.js
 * @returns the actions
 * @example
 * createWorkbookActions({ run: (b) => Excel.run(b), ... }).goToFinding(finding) //=> { sheet: "Balance Sheet", address: "B8" }
 */
export function createWorkbookActions(deps: ExcelDeps): WorkbookActions {
  return {
    loadRelease: (options) => loadRelease(deps, options),
    checkWorkbook: (options) => checkWorkbook(deps, options),
    clearHighlights: () => clearHighlights(deps),
    goToFinding: (finding) => goToFinding(deps, finding),
    insertFormula: (formula) => insertFormula(deps, formula),
    figureAt: (cell) => figureAtCell(deps, cell),
    watchSelection: (listener) => watchSelection(deps, listener),
  };
}
