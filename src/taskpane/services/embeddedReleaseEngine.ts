import { dataset } from "../../data/index";
import { createReleaseEngine } from "./createReleaseEngine";
import type { ReleaseEngine } from "./ReleaseEngine";

/**
 * The engine over the embedded release: its own chunk with the dataset and the check engine,
 * fetched only when a view needs it.
 */
export const releaseEngine: ReleaseEngine = createReleaseEngine(dataset);
