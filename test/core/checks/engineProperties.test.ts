import fc from "fast-check";
import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import { runChecks } from "../../../src/core/checks/runChecks";
import { buildIndex } from "../../../src/core/model/buildIndex";
import type { Dataset } from "../../../src/core/model/Dataset";
import { syntheticDataset } from "../../support/syntheticDataset";

// Yen amounts large enough, once printed in thousands, to pin every recomputed percentage to well
// under one unit of its last digit: the precision a release's percentages presume.
const amounts = fc.array(fc.integer({ min: 1_000_000_000, max: 90_000_000_000 }), {
  minLength: 2,
  maxLength: 8,
});

function withMovedFigure(dataset: Dataset, rowId: string, column: number, units: number): Dataset {
  const table = dataset.tables[0];
  const row = table.figures.en![rowId];
  const f = row[column]!;
  const value = Number((f.value! + units * 10 ** -f.decimals).toFixed(f.decimals));
  const moved = [...row];
  moved[column] = { text: `${value}%`, value, decimals: f.decimals };
  return {
    ...dataset,
    tables: [{ ...table, figures: { en: { ...table.figures.en, [rowId]: moved } } }],
  };
}

function check(dataset: Dataset) {
  const index = buildIndex(dataset);
  return runChecks(compileRules(index), datasetSources(index), "round");
}

describe("the consistency engine on tables computed exactly and then rounded", () => {
  it("finds nothing: no false alarms", () => {
    fc.assert(
      fc.property(amounts, amounts, (current, prior) => {
        const n = Math.min(current.length, prior.length);
        const report = check(syntheticDataset(current.slice(0, n), prior.slice(0, n)));
        expect(report.findings).toEqual([]);
        expect(report.counts.share.checked).toBe(2 * (n + 1));
      }),
      { numRuns: 200 }
    );
  });

  it("flags a percentage moved by two or more units of its last digit as major: no misses", () => {
    fc.assert(
      fc.property(
        amounts,
        amounts,
        fc.nat(),
        fc.constantFrom(1, 3, 4),
        fc.integer({ min: 2, max: 30 }),
        fc.boolean(),
        (current, prior, pick, column, units, down) => {
          const n = Math.min(current.length, prior.length);
          const dataset = syntheticDataset(current.slice(0, n), prior.slice(0, n));
          const rowId = pick % (n + 1) === n ? "total" : `item${pick % (n + 1)}`;
          const report = check(withMovedFigure(dataset, rowId, column, down ? -units : units));
          const cell = dataset.tables[0].columns[column].id;
          const flagged = report.findings.filter(
            (f) => f.where.item === rowId && f.where.column === cell
          );
          expect(flagged).toHaveLength(1);
          expect(flagged[0].severity).toBe("major");
        }
      ),
      { numRuns: 200 }
    );
  });
});
