import type { Finding, NotCheckable } from "./Finding";
import type { RuleKind } from "./RuleKind";

/** Counts of one rule kind: figures checked, consistent, and findings by severity. */
export type RuleCounts = {
  readonly checked: number;
  readonly minor: number;
  readonly major: number;
  readonly notCheckable: number;
};

/** The engine's answer: every finding, every cell it could not check, and counts per rule. */
export type CheckReport = {
  readonly findings: ReadonlyArray<Finding>;
  readonly notCheckable: ReadonlyArray<NotCheckable>;
  readonly counts: Readonly<Record<RuleKind, RuleCounts>>;
};
