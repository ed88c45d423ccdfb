import type { FeatureSupport } from "../../excel/features";
import type { SelectionActions } from "../../excel/SelectionActions";
import type { WorkbookActions } from "../../excel/WorkbookActions";
import type { Playground } from "../services/Playground";
import type { ReleaseEngine } from "../services/ReleaseEngine";
import type { SettingsStore } from "../settings/SettingsStore";

/** The parts of the task pane loaded on demand, each its own chunk; tests pass fakes. */
export type TaskpaneServices = {
  /** Excel's actions (src/excel); only called inside Excel. */
  readonly workbookActions: () => Promise<WorkbookActions>;
  /**
   * "Check the selection"'s actions (src/excel); only called inside Excel. Absent where the host
   * offers no selection check (fakes of the other views). @default undefined
   */
  readonly selectionActions?: () => Promise<SelectionActions>;
  /** Which features this Excel supports (src/excel featureSupport()); only called inside Excel. */
  readonly featureSupport: () => Promise<FeatureSupport>;
  readonly releaseEngine: () => Promise<ReleaseEngine>;
  readonly playground: () => Promise<Playground>;
};

/**
 * Where the task pane runs: inside Excel (writing actions enabled) or a plain browser (preview),
 * with Office's display language and theme, the settings store and the services.
 */
export type TaskpaneHost = {
  readonly kind: "excel" | "preview";
  /** Office's display language ("ja-JP"), or the browser's in preview. */
  readonly displayLanguage: string;
  /** @default "light" */
  readonly theme: "light" | "dark";
  readonly settingsStore: SettingsStore;
  readonly services: TaskpaneServices;
};
