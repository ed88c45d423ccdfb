import { buildWorkbookPlan } from "../../core/layout/buildWorkbookPlan";
import { dataset } from "../../data/index";
import { createReleaseEngine } from "./createReleaseEngine";
import type { ReleaseEngine } from "./ReleaseEngine";

/**
 * The engine over the embedded release: its own chunk with the dataset and the check engine,
 * fetched only when a view needs it. A finding's cell comes from the same layout plan the load
 * rendered.
 */
export const releaseEngine: ReleaseEngine = createReleaseEngine(
  dataset,
  (index, options) => buildWorkbookPlan(index, options).placements
);
