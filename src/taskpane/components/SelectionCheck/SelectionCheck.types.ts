import type { TaskpaneHost } from "../../host/TaskpaneHost";
import type { TaskpaneSettings } from "../../settings/TaskpaneSettings";

/** Props of SelectionCheck: the host (its selection actions) and the rounding and highlight settings. */
export type SelectionCheckProps = {
  readonly host: TaskpaneHost;
  readonly settings: TaskpaneSettings;
};
