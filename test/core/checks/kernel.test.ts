import fc from "fast-check";
import { evaluateRule } from "../../../src/core/checks/evaluateRule";
import type { FigureSource } from "../../../src/core/checks/FigureReading";
import {
  changeVerdict,
  footingVerdict,
  shareVerdict,
} from "../../../src/core/checks/kernel/checkKernels";
import { VERDICT } from "../../../src/core/checks/kernel/Verdict";
import type { Rule } from "../../../src/core/checks/Rule";
import type { CellRef } from "../../../src/core/model/CellRef";

const ref = (item: string): CellRef => ({ table: "t", item, column: "c" });

function sourceOf(values: Record<string, { value: number; decimals: number }>): FigureSource {
  return (r) => {
    const v = values[r.item];
    return v === undefined ? { kind: "absent" } : { kind: "figure", text: String(v.value), ...v };
  };
}

function codeOf(severity: string | null | undefined, status: string): number {
  if (status === "notCheckable") return VERDICT.notCheckable;
  return severity === "minor"
    ? VERDICT.minor
    : severity === "major"
      ? VERDICT.major
      : VERDICT.consistent;
}

const amount = fc.integer({ min: -5_000_000, max: 5_000_000 });
const percent = fc.integer({ min: -50_000, max: 50_000 }).map((n) => n / 10);

describe("the allocation-free kernels", () => {
  const ratioRules: ReadonlyArray<[string, Rule, typeof shareVerdict]> = [
    [
      "shares",
      {
        kind: "share",
        id: "s",
        editions: ["en"],
        target: ref("r"),
        numerator: ref("a"),
        denominator: ref("b"),
      },
      shareVerdict,
    ],
    [
      "changes, including negative priors",
      {
        kind: "change",
        id: "c",
        editions: ["en"],
        target: ref("r"),
        current: ref("a"),
        prior: ref("b"),
      },
      changeVerdict,
    ],
  ];

  it.each(ratioRules)("give the engine's verdict on %s", (_, rule, kernel) => {
    fc.assert(
      fc.property(percent, amount, amount, (r, a, b) => {
        const e = evaluateRule(
          rule as Exclude<Rule, { kind: "edition" }>,
          sourceOf({
            r: { value: r, decimals: 1 },
            a: { value: a, decimals: 0 },
            b: { value: b, decimals: 0 },
          }),
          "round"
        );
        expect(kernel(r, 1, a, b)).toBe(
          codeOf(e.status === "checked" ? e.severity : null, e.status)
        );
      }),
      { numRuns: 500 }
    );
  });

  it("give the engine's verdict on footings", () => {
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.tuple(amount, fc.boolean()), { minLength: 1, maxLength: 12 }),
        (total, parts) => {
          const rule: Rule = {
            kind: "footing",
            id: "f",
            editions: ["en"],
            target: ref("t"),
            terms: parts.map((_, i) => ({
              ref: ref(`p${i}`),
              sign: parts[i][1] ? 1 : -1,
              scale: 1,
            })),
          };
          const values: Record<string, { value: number; decimals: number }> = {
            t: { value: total, decimals: 0 },
          };
          parts.forEach(([v], i) => (values[`p${i}`] = { value: v, decimals: 0 }));
          const e = evaluateRule(
            rule as Exclude<Rule, { kind: "edition" }>,
            sourceOf(values),
            "round"
          );
          const verdict = footingVerdict(
            total,
            Float64Array.from(parts.map(([v]) => v)),
            Int8Array.from(parts.map(([, s]) => (s ? 1 : -1))),
            0,
            parts.length
          );
          expect(verdict).toBe(codeOf(e.status === "checked" ? e.severity : null, e.status));
        }
      ),
      { numRuns: 500 }
    );
  });
});
