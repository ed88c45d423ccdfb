import type { RuleKind } from "../../../core/checks/RuleKind";
import type { Severity } from "../../../core/checks/Severity";
import type { ViewProps } from "../App/App.types";

/** Props of CheckView: the App's view props. */
export type CheckViewProps = ViewProps;

/** A filter value: one severity or rule, or every one. */
export type SeverityFilter = Severity | "all";

/** A rule filter value. */
export type RuleFilter = RuleKind | "all";
