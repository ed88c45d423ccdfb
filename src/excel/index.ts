import { buildIndex } from "../core/model/buildIndex";
import { dataset } from "../data";
import { createWorkbookActions } from "./createWorkbookActions";
import { detectFeatures, officeRequirementCheck, type FeatureSupport } from "./features";
import { releaseDeps } from "./releaseDeps";
import type { WorkbookActions } from "./WorkbookActions";

// Indexed once at module load: every action reuses the index and the rules.
const deps = releaseDeps(buildIndex(dataset), (batch) => Excel.run(batch), officeRequirementCheck);

/** The task pane's Excel actions over Office.js, the release's plan and the engine. */
export const workbookActions: WorkbookActions = createWorkbookActions(deps);

/**
 * Which features this Excel supports, with a message for each one switched off (for the task
 * pane to show once).
 *
 * @returns the supported features and messages
 */
export function featureSupport(): FeatureSupport {
  return detectFeatures(officeRequirementCheck);
}

export { WorkbookError } from "./errors";
export type { WorkbookErrorKind } from "./errors";
