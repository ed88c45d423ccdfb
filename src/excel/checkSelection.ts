import { checkGrid } from "../core/inference/checkGrid";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import type { ExcelDeps } from "./ExcelDeps";
import { readSelection } from "./readSelection";
import type { SelectionCheck } from "./SelectionActions";

/**
 * Checks the selected range of any sheet: reads it in requests bounded by size, finds its
 * tables, infers their shares, changes and footings and checks every cell understood. Nothing
 * is written anywhere.
 *
 * @param deps - the Excel runner and the request budget
 * @param mode - how the amounts were rounded
 * @returns the check, or why there was nothing to check
 */
export async function checkSelection(
  deps: Pick<ExcelDeps, "run" | "requestBudget">,
  mode: RoundingMode
): Promise<SelectionCheck> {
  const read = await deps.run((context) => readSelection(context, deps.requestBudget));
  if (read.kind !== "read") {
    return read;
  }
  return {
    kind: "checked",
    sheet: read.sheet,
    sheetId: read.sheetId,
    address: read.address,
    origin: read.origin,
    grid: read.grid,
    mode,
    check: checkGrid(read.grid, mode, read.origin),
    requests: read.requests,
  };
}
