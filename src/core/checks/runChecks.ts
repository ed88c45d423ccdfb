import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition, Localized } from "../model/Edition";
import type { RoundingMode } from "../numbers/RoundingMode";
import type { CheckReport, RuleCounts } from "./CheckReport";
import { evaluateEditions } from "./evaluateEditions";
import { evaluateRule } from "./evaluateRule";
import type { Evaluation } from "./Evaluation";
import { explainFinding } from "./explainFinding";
import type { FigureSource } from "./FigureReading";
import type { Finding, NotCheckable } from "./Finding";
import { provesConsistent } from "./provesConsistent";
import type { Rule } from "./Rule";
import { RULE_KINDS, type RuleKind } from "./RuleKind";

/** The figures to check, per edition; an edition left out is not checked. */
export type EditionSources = {
  readonly en?: FigureSource;
  readonly ja?: FigureSource;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function describe(
  index: DatasetIndex,
  rule: Rule
): { label: Localized; tableTitle: Localized; period: string } {
  if (rule.kind === "claim") {
    const placement = index.items.get(rule.claim.subject)?.[0];
    return {
      label: placement?.row.label ?? { en: rule.claim.subject },
      tableTitle: { en: "Claims in the prose", ja: "本文中の記載" },
      period: rule.claim.period,
    };
  }
  const table = index.tables.get(rule.target.table);
  const row = table?.rows.find((r) => r.id === rule.target.item);
  const position = index.columnPositions.get(`${rule.target.table}|${rule.target.column}`);
  const column = position === undefined ? undefined : table?.columns[position];
  return {
    label: row?.label ?? { en: rule.target.item },
    tableTitle: table?.title ?? { en: rule.target.table },
    period: column?.period ?? rule.target.column,
  };
}

/**
 * Runs every rule on the editions given and collects the findings (reported figures their
 * amounts do not support), the cells that could not be checked, and counts per rule. Never
 * throws on data: a bad cell is a not-checkable entry.
 *
 * @param index - the dataset index (for labels and titles)
 * @param rules - the rules, from `deriveRules`
 * @param sources - each edition's figures: the dataset's, or a workbook's read back
 * @param mode - how amounts were rounded
 * @returns the report
 * @example
 * runChecks(index, deriveRules(index), datasetSources(index), "round").counts.share.major //=> 5
 */
export function runChecks(
  index: DatasetIndex,
  rules: ReadonlyArray<Rule>,
  sources: EditionSources,
  mode: RoundingMode
): CheckReport {
  const findings: Finding[] = [];
  const notCheckable: NotCheckable[] = [];
  const counts = Object.fromEntries(
    RULE_KINDS.map((k) => [k, { checked: 0, minor: 0, major: 0, notCheckable: 0 }])
  ) as Record<RuleKind, Mutable<RuleCounts>>;
  const record = (rule: Rule, edition: Edition, evaluation: Evaluation): void => {
    const tally = counts[rule.kind];
    switch (evaluation.status) {
      case "absent":
        return;
      case "notCheckable":
        tally.notCheckable += 1;
        notCheckable.push({
          ruleId: rule.id,
          kind: rule.kind,
          edition,
          where: rule.target,
          reason: evaluation.reason,
        });
        return;
      case "checked": {
        tally.checked += 1;
        if (evaluation.severity === null) {
          return;
        }
        tally[evaluation.severity] += 1;
        const base = {
          ruleId: rule.id,
          edition,
          where: rule.target,
          ...describe(index, rule),
          reported: evaluation.reported,
          recomputed: evaluation.recomputed,
          interval: evaluation.recomputedInterval,
          gapUnits: evaluation.gapUnits,
          severity: evaluation.severity,
          inputs: evaluation.inputs,
          explanation: explainFinding(
            rule,
            evaluation,
            index.dataset.fxRate.jpyPerUsd,
            undefined,
            index
          ),
        };
        findings.push(
          rule.kind === "claim"
            ? {
                ...base,
                kind: "claim",
                section: rule.claim.section,
                basePeriod: rule.claim.basePeriod,
              }
            : { ...base, kind: rule.kind }
        );
      }
    }
  };
  for (const rule of rules) {
    if (rule.kind === "edition") {
      if (sources.en !== undefined && sources.ja !== undefined) {
        record(rule, "ja", evaluateEditions(rule, sources.en, sources.ja));
      }
      continue;
    }
    for (const edition of rule.editions) {
      const source = sources[edition];
      if (source === undefined) {
        continue;
      }
      // Most figures agree: those are counted without building an evaluation.
      if (provesConsistent(rule, source, mode)) {
        counts[rule.kind].checked += 1;
      } else {
        record(rule, edition, evaluateRule(rule, source, mode));
      }
    }
  }
  return { findings, notCheckable, counts };
}
