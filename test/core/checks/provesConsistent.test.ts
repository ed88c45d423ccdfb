import fc from "fast-check";
import { evaluateRule } from "../../../src/core/checks/evaluateRule";
import type { FigureReading, FigureSource } from "../../../src/core/checks/FigureReading";
import { compileRuleList } from "../../../src/core/checks/compileRuleList";
import { provesConsistent } from "../../../src/core/checks/provesConsistent";
import { readFigures } from "../../../src/core/checks/readFigures";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import type { Rule } from "../../../src/core/checks/Rule";
import type { Claim } from "../../../src/core/model/Claim";
import type { CellRef } from "../../../src/core/model/CellRef";
import type { RoundingMode } from "../../../src/core/numbers/RoundingMode";

const ref = (item: string): CellRef => ({ table: "t", item, column: "c" });
const [T, A, B, C] = ["target", "a", "b", "c"].map(ref);

function claim(formula: Claim["formula"]): Rule {
  return {
    kind: "claim",
    id: "claim:x",
    editions: ["en"],
    target: T,
    claim: {
      id: "x",
      edition: "en",
      section: "Summary",
      line: 1,
      subject: "a",
      period: "4Q02",
      claimed: { text: "0", value: 0, decimals: 1 },
      formula,
    },
  };
}

const base = { id: "r", editions: ["en"] as const, target: T };
const rules: ReadonlyArray<Exclude<Rule, { kind: "edition" }>> = [
  { ...base, kind: "share", numerator: A, denominator: B },
  { ...base, kind: "change", current: A, prior: B },
  {
    ...base,
    kind: "footing",
    terms: [
      { ref: A, sign: 1, scale: 1 },
      { ref: B, sign: -1, scale: 1 },
      { ref: C, sign: 1, scale: 1 },
    ],
  },
  {
    ...base,
    kind: "reconciliation",
    terms: [
      { ref: A, sign: 1, scale: 1000 },
      { ref: B, sign: -1, scale: 0.001 },
    ],
  },
  { ...base, kind: "translation", jpy: A, factor: 1 / 118.07 },
  claim({ kind: "change", current: A, base: B }),
  claim({ kind: "share", numerator: A, denominator: B }),
  claim({ kind: "margin", revenue: A, cost: B }),
] as ReadonlyArray<Exclude<Rule, { kind: "edition" }>>;

// An amount as a workbook may hold it: a printed figure (sometimes a nil dash, sometimes not a
// finite number), text, or nothing.
const reading: fc.Arbitrary<FigureReading> = fc
  .oneof(
    { weight: 12, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant<FigureReading>({ kind: "absent" }) },
    {
      weight: 1,
      arbitrary: fc.constant<FigureReading>({
        kind: "unreadable",
        reason: { kind: "text", text: "n/a" },
      }),
    }
  )
  .chain((fixed) =>
    fixed !== null
      ? fc.constant(fixed)
      : fc
          .record({
            units: fc.oneof(
              { weight: 10, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }) },
              { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) }
            ),
            decimals: fc.integer({ min: 0, max: 2 }),
            special: fc.constantFrom(null, null, null, null, null, null, "nil", "infinite"),
          })
          .map(({ units, decimals, special }): FigureReading => {
            const value =
              special === "nil"
                ? null
                : special === "infinite"
                  ? Infinity
                  : Number((units / 10 ** decimals).toFixed(decimals));
            return { kind: "figure", value, decimals, text: String(value) };
          })
  );

const index = buildIndex(dataset);

/** provesConsistent on one rule, compiled, over the source's readings. */
function proves(rule: Rule, source: FigureSource, mode: RoundingMode): boolean {
  const compiled = compileRuleList(index, [rule]);
  return provesConsistent(compiled, 0, readFigures(compiled, source), mode);
}

function sourceOf(cells: Record<string, FigureReading>): FigureSource {
  return (r) => cells[r.item] ?? { kind: "absent" };
}

describe("provesConsistent, the engine's path for figures that agree", () => {
  it("is true exactly where evaluateRule finds the figure checked and consistent", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.constantFrom<RoundingMode>("round", "truncate"),
        reading,
        reading,
        reading,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(null, null, null, "nil", "absent"),
        (rule, mode, a, b, c, decimals, offset, special) => {
          const inputs = { a, b, c };
          // The target is put near what the amounts give, so that both answers occur often.
          const probe = evaluateRule(
            rule,
            sourceOf({ ...inputs, target: { kind: "figure", value: 0, decimals, text: "0" } }),
            mode
          );
          const near = probe.status === "checked" ? probe.recomputed : 0;
          const value = Number((near + offset * 10 ** -decimals).toFixed(decimals));
          const target: FigureReading =
            special === "absent"
              ? { kind: "absent" }
              : {
                  kind: "figure",
                  value: special === "nil" || !Number.isFinite(value) ? null : value,
                  decimals,
                  text: String(value),
                };
          const source = sourceOf({ ...inputs, target });
          const evaluation = evaluateRule(rule, source, mode);
          expect(proves(rule, source, mode)).toBe(
            evaluation.status === "checked" && evaluation.severity === null
          );
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("settles most figures of a consistent statement (the property above is not vacuous)", () => {
    const source = sourceOf({
      target: { kind: "figure", value: 7.1, decimals: 1, text: "7.1%" },
      a: { kind: "figure", value: 931_399, decimals: 0, text: "931,399" },
      b: { kind: "figure", value: 13_036_439, decimals: 0, text: "13,036,439" },
    });
    expect(proves(rules[0], source, "round")).toBe(true);
    expect(evaluateRule(rules[0], source, "round")).toMatchObject({ severity: null });
  });
});
