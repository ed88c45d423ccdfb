import type { RuleKind } from "../../../core/checks/RuleKind";
import type { Severity } from "../../../core/checks/Severity";
import type { Edition } from "../../../core/model/Edition";

/**
 * The Check view's filters: a severity, a rule, a table (its id) and an edition, each or "all".
 * The App holds them so they survive a switch to another tab while the pane is open.
 */
export type CheckFilters = {
  readonly severity: Severity | "all";
  readonly rule: RuleKind | "all";
  readonly table: string | "all";
  readonly edition: Edition | "all";
};

/** The filters as the Check view first opens: everything shown. */
export const ALL_FINDINGS: CheckFilters = {
  severity: "all",
  rule: "all",
  table: "all",
  edition: "all",
};
