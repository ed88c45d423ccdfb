import fc from "fast-check";
import { compileRules } from "../../../src/core/checks/compileRules";
import { datasetSources } from "../../../src/core/checks/datasetSources";
import { deriveRules } from "../../../src/core/checks/deriveRules";
import { evaluateEditions } from "../../../src/core/checks/evaluateEditions";
import { evaluateRule } from "../../../src/core/checks/evaluateRule";
import type { Evaluation } from "../../../src/core/checks/Evaluation";
import type { FigureReading, FigureSource } from "../../../src/core/checks/FigureReading";
import { runChecks, type EditionSources } from "../../../src/core/checks/runChecks";
import { buildIndex } from "../../../src/core/model/buildIndex";
import type { DatasetIndex } from "../../../src/core/model/DatasetIndex";
import type { RoundingMode } from "../../../src/core/numbers/RoundingMode";
import { dataset } from "../../../src/data";
import { referenceRules } from "../../support/referenceRules";
import { syntheticDataset } from "../../support/syntheticDataset";

const release = buildIndex(dataset);

/**
 * The engine as it ran before it was compiled: every rule object evaluated in full, one by one,
 * as report lines (findings with severity, gap and text; cells not checkable; counts).
 */
function referenceLines(index: DatasetIndex, sources: EditionSources, mode: RoundingMode) {
  const findings: string[] = [];
  const notCheckable: string[] = [];
  const checked: Record<string, number> = {};
  const note = (id: string, kind: string, edition: string, e: Evaluation) => {
    if (e.status === "notCheckable") {
      notCheckable.push(`${id} ${edition} ${JSON.stringify(e.reason)}`);
    } else if (e.status === "checked") {
      checked[kind] = (checked[kind] ?? 0) + 1;
      if (e.severity !== null) {
        findings.push(
          `${id} ${edition} ${e.severity} ${e.gapUnits} ${e.reported.text} ${e.recomputed}`
        );
      }
    }
  };
  for (const rule of referenceRules(index)) {
    if (rule.kind === "edition") {
      if (sources.en !== undefined && sources.ja !== undefined) {
        note(rule.id, rule.kind, "ja", evaluateEditions(rule, sources.en, sources.ja));
      }
      continue;
    }
    for (const edition of rule.editions) {
      const source = sources[edition];
      if (source !== undefined) {
        note(rule.id, rule.kind, edition, evaluateRule(rule, source, mode));
      }
    }
  }
  return { findings, notCheckable, checked };
}

function engineLines(index: DatasetIndex, sources: EditionSources, mode: RoundingMode) {
  const report = runChecks(compileRules(index), sources, mode);
  return {
    findings: report.findings.map(
      (f) =>
        `${f.ruleId} ${f.edition} ${f.severity} ${f.gapUnits} ${f.reported.text} ${f.recomputed}`
    ),
    notCheckable: report.notCheckable.map(
      (n) => `${n.ruleId} ${n.edition} ${JSON.stringify(n.reason)}`
    ),
    checked: Object.fromEntries(
      Object.entries(report.counts)
        .filter(([, c]) => c.checked > 0)
        .map(([k, c]) => [k, c.checked])
    ),
  };
}

/** What a user may leave in a cell instead of the figure. */
const edit = fc.oneof(
  fc.constant<FigureReading>({ kind: "absent" }),
  fc.constant<FigureReading>({ kind: "unreadable", reason: { kind: "text", text: "n/a" } }),
  fc.constant<FigureReading>({ kind: "figure", value: null, decimals: 0, text: "-" }),
  fc.constant<FigureReading>({ kind: "figure", value: Infinity, decimals: 0, text: "∞" }),
  fc
    .record({ value: fc.integer({ min: -9_999_999, max: 9_999_999 }), decimals: fc.nat(2) })
    .map((f): FigureReading => ({ kind: "figure", ...f, text: String(f.value) }))
);

/** The source with the cells whose keys hash onto `picks` replaced by the edits. */
function edited(
  source: FigureSource,
  picks: ReadonlyArray<FigureReading>,
  seed: number
): FigureSource {
  return (ref) => {
    let h = seed;
    for (const ch of `${ref.table}|${ref.item}|${ref.column}`) {
      h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    }
    return h % 7 === 0 && picks.length > 0 ? picks[h % picks.length] : source(ref);
  };
}

describe("the compiled engine", () => {
  it("derives the same rules, in the same order, as the object-by-object derivation", () => {
    expect(deriveRules(release)).toEqual(referenceRules(release));
    const statement = buildIndex(syntheticDataset([5, 7, 11, 13], [3, 8, 12, 2]));
    expect(deriveRules(statement)).toEqual(referenceRules(statement));
  });

  it.each(["round", "truncate"] as const)(
    "finds exactly what the object engine finds on the release (%s)",
    (mode) => {
      const sources = datasetSources(release);
      const lines = engineLines(release, sources, mode);
      expect(lines.findings.length).toBeGreaterThan(0);
      expect(lines).toEqual(referenceLines(release, sources, mode));
    }
  );

  it("finds exactly what the object engine finds on the release with cells edited", () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.constantFrom<RoundingMode>("round", "truncate"),
        (picks, seed, mode) => {
          const all = datasetSources(release);
          const sources = {
            en: edited(all.en!, picks, seed),
            ja: edited(all.ja!, picks, seed + 1),
          };
          expect(engineLines(release, sources, mode)).toEqual(
            referenceLines(release, sources, mode)
          );
        }
      ),
      { numRuns: 25 }
    );
  });

  it("finds exactly what the object engine finds on random statements", () => {
    const amounts = fc.array(fc.integer({ min: -5_000_000, max: 90_000_000 }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        amounts,
        amounts,
        fc.constantFrom<RoundingMode>("round", "truncate"),
        (a, b, mode) => {
          const n = Math.min(a.length, b.length);
          const index = buildIndex(syntheticDataset(a.slice(0, n), b.slice(0, n)));
          const sources = datasetSources(index);
          expect(engineLines(index, sources, mode)).toEqual(referenceLines(index, sources, mode));
        }
      ),
      { numRuns: 60 }
    );
  });
});
