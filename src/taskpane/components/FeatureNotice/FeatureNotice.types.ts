import type { TaskpaneHost } from "../../host/TaskpaneHost";

/** Props of FeatureNotice. */
export type FeatureNoticeProps = {
  /** The Excel host whose feature support is shown. */
  readonly host: TaskpaneHost;
};
