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
import { EDITION_BIT, RECOMPUTE, type CompiledRules } from "./CompiledRules";
import { provesConsistent } from "./provesConsistent";
import { CELL, readFigures, type Readings } from "./readFigures";
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
 * amounts do not support), the cells that could not be checked, and counts per rule. Each
 * edition's figures are read once into typed arrays; the figures that agree are settled there
 * (`provesConsistent`), and only the others get a rule object and a full evaluation. Never
 * throws on data: a bad cell is a not-checkable entry.
 *
 * @param rules - the rules, from `compileRules`
 * @param sources - each edition's figures: the dataset's, or a workbook's read back
 * @param mode - how amounts were rounded
 * @returns the report
 * @example
 * runChecks(compileRules(index), datasetSources(index), "round").counts.share.major //=> 5
 */
export function runChecks(
  rules: CompiledRules,
  sources: EditionSources,
  mode: RoundingMode
): CheckReport {
  const index = rules.index;
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
  const editions = (["en", "ja"] as const).flatMap((edition) => {
    const source = sources[edition];
    return source === undefined
      ? []
      : [{ edition, bit: EDITION_BIT[edition], source, readings: readFigures(rules, source) }];
  });
  const [en, ja] = [
    editions.find((e) => e.edition === "en"),
    editions.find((e) => e.edition === "ja"),
  ];
  const checked = new Int32Array(RULE_KINDS.length);
  for (let i = 0; i < rules.size; i++) {
    if (rules.recompute[i] === RECOMPUTE.edition) {
      if (en !== undefined && ja !== undefined) {
        const agree = editionsAgree(rules.target[i], en.readings, ja.readings);
        if (agree === true) {
          checked[rules.kind[i]] += 1;
        } else if (agree === false) {
          const rule = rules.rule(i) as Extract<Rule, { kind: "edition" }>;
          record(rule, "ja", evaluateEditions(rule, en.source, ja.source));
        }
      }
      continue;
    }
    for (const { bit, edition, source, readings } of editions) {
      if ((rules.editions[i] & bit) === 0 || readings.state[rules.target[i]] === CELL.absent) {
        // evaluateRule would find the figure absent: nothing to count.
        continue;
      }
      if (provesConsistent(rules, i, readings, mode)) {
        checked[rules.kind[i]] += 1;
      } else {
        const rule = rules.rule(i) as Exclude<Rule, { kind: "edition" }>;
        record(rule, edition, evaluateRule(rule, source, mode));
      }
    }
  }
  RULE_KINDS.forEach((kind, k) => {
    counts[kind].checked += checked[k];
  });
  return { findings, notCheckable, counts };
}

/**
 * Whether the two editions print the same figure in a cell, as `evaluateEditions` decides it
 * without a finding: true when it would find them equal, null when either is absent (nothing
 * to count), false when only the full evaluation can say.
 */
function editionsAgree(cell: number, en: Readings, ja: Readings): boolean | null {
  const a = en.state[cell];
  const b = ja.state[cell];
  if (a === CELL.absent || b === CELL.absent) {
    return null;
  }
  if ((a !== CELL.figure && a !== CELL.nil) || (b !== CELL.figure && b !== CELL.nil)) {
    return false;
  }
  const decimals = Math.max(en.decimals[cell], ja.decimals[cell]);
  const x = a === CELL.nil ? 0 : en.value[cell];
  const y = b === CELL.nil ? 0 : ja.value[cell];
  return Math.round(Math.abs(x - y) * 10 ** decimals) === 0;
}
