import type { CheckReport } from "../checks/CheckReport";
import type { Finding } from "../checks/Finding";
import type { Rule } from "../checks/Rule";
import type { EditionSources } from "../checks/runChecks";
import type { Claim } from "../model/Claim";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { RuleVerdict } from "./RuleVerdict";

/** A rule that touches a cell: as the figure it judges, or as a figure it is computed from. */
export type RuleLink = { readonly rule: Rule; readonly role: "target" | "input" };

/**
 * What every card is built from, indexed once per check: the engine's rules by the cells they
 * touch, its verdicts and findings, and the figures it checked (the dataset or a workbook).
 */
export type CardContext = {
  readonly index: DatasetIndex;
  /** Cell key → the rules that judge or read that cell. */
  readonly links: ReadonlyMap<string, ReadonlyArray<RuleLink>>;
  /** `ruleId|edition` → the verdict of a rule that found something or could not check. */
  readonly verdicts: ReadonlyMap<string, Exclude<RuleVerdict, "consistent">>;
  /** Cell key → the engine's findings on that cell. */
  readonly findings: ReadonlyMap<string, ReadonlyArray<Finding>>;
  readonly claims: ReadonlyMap<string, Claim>;
  /** The figures that were checked, per edition. */
  readonly sources: EditionSources;
  readonly report: CheckReport;
};
