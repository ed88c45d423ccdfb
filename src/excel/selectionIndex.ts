import { createSelectionActions } from "./createSelectionActions";
import { officeRequirementCheck } from "./features";
import type { SelectionActions } from "./SelectionActions";

/**
 * "Check the selection"'s actions over Office.js. Its own entry, apart from `index.ts`, so the
 * pane fetches it without the release's dataset and plan.
 */
export const selectionActions: SelectionActions = createSelectionActions({
  run: (batch) => Excel.run(batch),
  requirements: officeRequirementCheck,
});
