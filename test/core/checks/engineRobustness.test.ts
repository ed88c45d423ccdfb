import fc from "fast-check";
import { compileRules } from "../../../src/core/checks/compileRules";
import type { FigureReading, FigureSource } from "../../../src/core/checks/FigureReading";
import { runChecks } from "../../../src/core/checks/runChecks";
import { explainNotCheckable } from "../../../src/core/checks/explainNotCheckable";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { syntheticDataset } from "../../support/syntheticDataset";

const reading: fc.Arbitrary<FigureReading> = fc.oneof(
  fc.constant<FigureReading>({ kind: "absent" }),
  fc
    .string({ maxLength: 12 })
    .map((text): FigureReading => ({ kind: "unreadable", reason: { kind: "text", text } })),
  fc
    .tuple(
      fc.oneof(
        fc.double(),
        fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, -0, 0, 5e-324),
        fc.integer()
      ),
      fc.integer({ min: 0, max: 6 }),
      fc.boolean()
    )
    .map(([value, decimals, nil]): FigureReading => ({
      kind: "figure",
      value: nil ? null : value,
      decimals,
      text: String(value),
    }))
);

describe("the consistency engine on hostile grids", () => {
  const index = buildIndex(syntheticDataset([1e9, 2e9, 3e9], [1.5e9, 2.5e9, 2e9]));
  const rules = compileRules(index);

  it("returns findings and not-checkable cells and never throws", () => {
    fc.assert(
      fc.property(
        fc.array(reading, { minLength: 1, maxLength: 40 }),
        fc.constantFrom("round" as const, "truncate" as const),
        (cells, mode) => {
          let i = 0;
          const source: FigureSource = () => cells[i++ % cells.length];
          const report = runChecks(rules, { en: source }, mode);
          for (const f of report.findings) {
            expect(Number.isFinite(f.recomputed)).toBe(true);
            expect(Number.isFinite(f.gapUnits)).toBe(true);
            expect(f.explanation.en.length).toBeGreaterThan(0);
          }
          for (const n of report.notCheckable) {
            expect(explainNotCheckable(n.reason).en.length).toBeGreaterThan(0);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
