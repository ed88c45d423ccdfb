import type { CheckReport } from "../checks/CheckReport";
import type { Finding } from "../checks/Finding";
import type { Rule } from "../checks/Rule";
import type { EditionSources } from "../checks/runChecks";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { CardContext, RuleLink } from "./CardContext";
import { cellKey } from "./cellKey";
import type { RuleVerdict } from "./RuleVerdict";
import { ruleInputs } from "./ruleInputs";

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}

/**
 * Indexes one check for the cards: each rule under its target and under each cell it reads, and
 * the report's findings and not-checkable cells by rule and edition.
 *
 * @param index - the dataset index
 * @param rules - the rules the check ran (`deriveRules`)
 * @param report - what `runChecks` returned for those rules
 * @param sources - the figures it checked
 * @returns the context `buildCard` reads
 * @example
 * createCardContext(index, deriveRules(index), report, datasetSources(index)).links.size //=> 924
 */
export function createCardContext(
  index: DatasetIndex,
  rules: ReadonlyArray<Rule>,
  report: CheckReport,
  sources: EditionSources
): CardContext {
  const links = new Map<string, RuleLink[]>();
  for (const rule of rules) {
    push(links, cellKey(rule.target), { rule, role: "target" });
    const inputs = new Set(ruleInputs(rule).map(cellKey));
    for (const key of inputs) {
      push(links, key, { rule, role: "input" });
    }
  }
  const verdicts = new Map<string, Exclude<RuleVerdict, "consistent">>();
  const findings = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    verdicts.set(`${finding.ruleId}|${finding.edition}`, finding.severity);
    push(findings, cellKey(finding.where), finding);
  }
  for (const entry of report.notCheckable) {
    verdicts.set(`${entry.ruleId}|${entry.edition}`, "notCheckable");
  }
  const claims = new Map(index.dataset.claims.map((c) => [c.id, c] as const));
  return { index, links, verdicts, findings, claims, sources, report };
}
