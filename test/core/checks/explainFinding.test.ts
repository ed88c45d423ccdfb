import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import { runChecks } from "../../../src/core/checks/runChecks";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);
const rules = compileRules(index);

describe("every finding of the release, explained in both languages", () => {
  for (const mode of ["round", "truncate"] as const) {
    const { findings } = runChecks(rules, datasetSources(index), mode);

    it(`(${mode}) shows each interval at a precision that shows its width`, () => {
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        for (const text of [f.explanation.en, f.explanation.ja]) {
          const range = /([-\d,.]+)(?: to |〜)([-\d,.]+)/.exec(text);
          if (range !== null) {
            expect(`${f.ruleId}: ${range[1]}`).not.toBe(`${f.ruleId}: ${range[2]}`);
          }
        }
      }
    });

    it(`(${mode}) keeps English words out of the Japanese text`, () => {
      for (const f of findings) {
        expect(`${f.ruleId}: ${f.explanation.ja}`).not.toMatch(
          /\b(to|off|by|units?|points|support|Reported|Claimed)\b/
        );
      }
    });
  }
});
