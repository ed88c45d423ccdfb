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
import { readFigures } from "./readFigures";
import { CELL, type Readings } from "./Readings";
import { settleRules } from "./settleRules";
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
 * edition's figures are read once into typed arrays; the figures that agree are settled there,
 * rule after rule (`settleRules`), and only the others get a rule object and a full evaluation. Never
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
  // An edition no rule holds in has nothing to check: its figures are not even read.
  const held = heldEditions(rules.editions);
  const editions = (["en", "ja"] as const).flatMap((edition) => {
    const source = sources[edition];
    const bit = EDITION_BIT[edition];
    return source === undefined || (held & bit) === 0
      ? []
      : [{ edition, bit, source, readings: readFigures(rules, source) }];
  });
  const [en, ja] = [
    editions.find((e) => e.edition === "en"),
    editions.find((e) => e.edition === "ja"),
  ];
  // The bulk, in typed arrays: per rule, the editions whose figure only a full evaluation can
  // judge (EDITION_BIT), and EDITIONS_DISAGREE for an edition rule whose figures differ.
  const checked = new Int32Array(RULE_KINDS.length);
  const unsettled = new Uint8Array(rules.size);
  for (const { bit, readings } of editions) {
    settleRules(rules, 0, rules.size, readings, bit, mode, checked, unsettled);
  }
  if (en !== undefined && ja !== undefined) {
    settleEditions(rules, en.readings, ja.readings, checked, unsettled);
  }
  for (let i = nextMarked(unsettled, 0); i < rules.size; i = nextMarked(unsettled, i + 1)) {
    const marks = unsettled[i];
    if (marks === EDITIONS_DISAGREE && en !== undefined && ja !== undefined) {
      const rule = rules.rule(i) as Extract<Rule, { kind: "edition" }>;
      record(rule, "ja", evaluateEditions(rule, en.source, ja.source));
      continue;
    }
    for (const { bit, edition, source } of editions) {
      if ((marks & bit) !== 0) {
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
 * The first rule from `from` marked for a full evaluation, or the number of rules. A loop over
 * a typed array only: runChecks itself is recompiled for each new rule set, and its own loop
 * would run unoptimised over every rule meanwhile.
 */
function nextMarked(unsettled: Uint8Array, from: number): number {
  let i = from;
  while (i < unsettled.length && unsettled[i] === 0) {
    i += 1;
  }
  return i;
}

/** The EDITION_BITs some rule holds in. */
function heldEditions(editions: Uint8Array): number {
  let held = 0;
  for (let i = 0; i < editions.length && held !== (EDITION_BIT.en | EDITION_BIT.ja); i++) {
    held |= editions[i];
  }
  return held;
}

/** Marks an edition rule whose figures only `evaluateEditions` can judge (not an edition bit). */
const EDITIONS_DISAGREE = 4;

/**
 * Settles the edition rules as `evaluateEditions` decides them without a finding: counted where
 * both editions print the same figure, skipped where either is absent (nothing to count), marked
 * EDITIONS_DISAGREE where only the full evaluation can say.
 */
function settleEditions(
  rules: CompiledRules,
  en: Readings,
  ja: Readings,
  checked: Int32Array,
  unsettled: Uint8Array
): void {
  compareEditions(
    rules.recompute,
    rules.kind,
    rules.target,
    en.state,
    en.value,
    en.decimals,
    ja.state,
    ja.value,
    ja.decimals,
    checked,
    unsettled
  );
}

/** settleEditions' loop, over typed arrays only (its optimised code outlives a rule set). */
function compareEditions(
  recompute: Uint8Array,
  kind: Uint8Array,
  target: Int32Array,
  enState: Uint8Array,
  enValue: Float64Array,
  enDecimals: Int32Array,
  jaState: Uint8Array,
  jaValue: Float64Array,
  jaDecimals: Int32Array,
  checked: Int32Array,
  unsettled: Uint8Array
): void {
  for (let i = 0; i < recompute.length; i++) {
    if (recompute[i] !== RECOMPUTE.edition) {
      continue;
    }
    const cell = target[i];
    const a = enState[cell];
    const b = jaState[cell];
    if (a === CELL.absent || b === CELL.absent) {
      continue;
    }
    if ((a !== CELL.figure && a !== CELL.nil) || (b !== CELL.figure && b !== CELL.nil)) {
      unsettled[i] = EDITIONS_DISAGREE;
      continue;
    }
    const decimals = Math.max(enDecimals[cell], jaDecimals[cell]);
    const x = a === CELL.nil ? 0 : enValue[cell];
    const y = b === CELL.nil ? 0 : jaValue[cell];
    if (Math.round(Math.abs(x - y) * 10 ** decimals) === 0) {
      checked[kind[i]] += 1;
    } else {
      unsettled[i] = EDITIONS_DISAGREE;
    }
  }
}
