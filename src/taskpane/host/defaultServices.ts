import type { TaskpaneServices } from "./TaskpaneHost";

/**
 * The real on-demand parts, each a dynamic import so webpack puts it in its own chunk and the
 * first view never waits for the dataset, the check engine or Office.js adapters.
 */
export const defaultServices: TaskpaneServices = {
  workbookActions: () => import("../../excel/index").then((m) => m.workbookActions),
  selectionActions: () => import("../../excel/selectionIndex").then((m) => m.selectionActions),
  featureSupport: () => import("../../excel/index").then((m) => m.featureSupport()),
  releaseEngine: () => import("../services/embeddedReleaseEngine").then((m) => m.releaseEngine),
  playground: () => import("../playground/embeddedPlayground").then((m) => m.playground),
};
