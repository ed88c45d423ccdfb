import { checkSelection } from "./checkSelection";
import { clearSelectionHighlights } from "./clearSelectionHighlights";
import type { ExcelDeps } from "./ExcelDeps";
import { goToSelectionCell } from "./goToSelectionCell";
import { highlightSelection } from "./highlightSelection";
import { readSelectionCells } from "./readSelectionCells";
import type { SelectionActions } from "./SelectionActions";

/**
 * "Check the selection"'s actions over an Excel runner.
 *
 * @param deps - the runner, the requirement check and the request budget
 * @returns the actions
 * @example
 * await createSelectionActions(deps).checkSelection("round") // { kind: "checked", sheet: "Sheet1", … }
 */
export function createSelectionActions(
  deps: Pick<ExcelDeps, "run" | "requirements" | "requestBudget">
): SelectionActions {
  return {
    checkSelection: (mode) => checkSelection(deps, mode),
    highlightSelection: (checked, highlightMinor) =>
      highlightSelection(deps, checked, highlightMinor),
    clearSelectionHighlights: () => clearSelectionHighlights(deps),
    goToSelectionCell: (checked, address) => goToSelectionCell(deps, checked, address),
    readSelectionCells: (checked, cells) => readSelectionCells(deps, checked, cells),
  };
}
