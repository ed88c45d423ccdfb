import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import type { Evaluation } from "../../../src/core/checks/Evaluation";
import { explainFinding } from "../../../src/core/checks/explainFinding";
import { UNIT_WORDS } from "../../../src/core/checks/explainWords";
import type { Rule } from "../../../src/core/checks/Rule";
import { runChecks } from "../../../src/core/checks/runChecks";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);
const rules = compileRules(index);

/**
 * The Japanese labels of the release's rows, longest first: data, which the Japanese edition may
 * print with Latin letters ("Adjusted EBITDA", "IP サービス"), so not the catalogue's words.
 */
const JAPANESE_LABELS = [
  ...new Set(index.dataset.tables.flatMap((t) => t.rows.map((r) => r.label.ja ?? ""))),
]
  .filter((label) => label !== "")
  .sort((a, b) => b.length - a.length);

/** Latin text a Japanese explanation may hold besides labels: none but these. */
const LATIN_ALLOWED = [
  // Periods as the release names them (4Q02, FY2002, 1H02…).
  /\b(?:[1-4]Q|[12]H)\d{2}\b|\bFY\d{4}\b/g,
  // Units the Japanese explanation writes in Latin letters (see UNIT_WORDS).
  /\b(?:Gbps|ADS)\b/g,
];

/** A number written the second way (parentheses), or a minus sign glued to a figure. */
const SECOND_SIGN_STYLE = /\((?:[\d,]+(?:\.\d+)?%?)\)|−\d/;

/** Every "lo to hi" / "lo〜hi" range of a sentence, as numbers. */
function ranges(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(
    /(?<![\w.])(-?[\d,]+(?:\.\d+)?)%?(?: to |〜)(-?[\d,]+(?:\.\d+)?)(?![\w])/g
  )) {
    found.push([Number(m[1].replace(/,/g, "")), Number(m[2].replace(/,/g, ""))]);
  }
  return found;
}

describe("every finding of the release, explained in both languages", () => {
  for (const mode of ["round", "truncate"] as const) {
    const { findings } = runChecks(rules, datasetSources(index), mode);

    it(`(${mode}) shows each interval non-empty, at a precision that shows its width`, () => {
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings.filter((x) => x.kind !== "edition")) {
        for (const text of [f.explanation.en, f.explanation.ja]) {
          const found = ranges(text);
          expect(`${f.ruleId}: ${found.length}`).toBe(`${f.ruleId}: 1`);
          const [lo, hi] = found[0];
          expect(`${f.ruleId}: ${lo < hi}`).toBe(`${f.ruleId}: true`);
        }
      }
    });

    it(`(${mode}) keeps Latin words and section names out of the Japanese text`, () => {
      for (const f of findings) {
        const ja = f.explanation.ja;
        const withoutLabels = JAPANESE_LABELS.reduce(
          (text, label) => text.split(label).join(""),
          ja
        );
        const left = LATIN_ALLOWED.reduce((text, re) => text.replace(re, ""), withoutLabels);
        const latin = /[A-Za-z]+/.exec(left)?.[0] ?? null;
        expect({ id: f.ruleId, latin }).toEqual({ id: f.ruleId, latin: null });
        if (f.kind === "claim") {
          expect(ja).not.toContain(f.section);
        }
      }
    });

    it(`(${mode}) writes every figure with one sign style and names its inputs and unit`, () => {
      for (const f of findings) {
        for (const text of [f.explanation.en, f.explanation.ja]) {
          expect(`${f.ruleId}: ${text}`).not.toMatch(SECOND_SIGN_STYLE);
        }
        // The figure by its label and period.
        expect(f.explanation.en).toContain(`${f.label.en} (${f.period}`);
        expect(f.explanation.ja).toContain(`（${f.period}`);
        if (f.kind === "translation") {
          expect(f.explanation.en).toContain(UNIT_WORDS["USD thousands"].en);
          expect(f.explanation.en).toMatch(/the rate of ¥[\d.]+ per \$ \(1 USD = ¥[\d.]+\)/);
          expect(f.explanation.ja).toContain(UNIT_WORDS["JPY thousands"].ja);
        }
        if (f.kind !== "edition") {
          // Where minor ends and major begins.
          expect(f.explanation.en).toMatch(/Minor while .* major from /);
          expect(f.explanation.ja).toMatch(/未満なら軽微、.* 以上なら重大/);
        }
      }
    });

    it(`(${mode}) says for a claim what was stated, with the figure the finding reports`, () => {
      const claims = findings.filter((f) => f.kind === "claim");
      expect(claims.length).toBeGreaterThan(0);
      for (const f of claims) {
        const claimed = `${f.reported.value.toFixed(f.reported.decimals)}%`;
        expect(f.explanation.en).toContain(`"${f.section}"`);
        expect(f.explanation.en).toContain(`as ${claimed}`);
        expect(f.explanation.ja).toContain(` ${claimed} としている`);
      }
    });
  }
});

describe("explainFinding", () => {
  it("writes negatives printed in parentheses with a minus sign, like the computed ones", () => {
    const ref = (item: string, column: string) => ({ table: "t", item, column });
    const rule: Rule = {
      kind: "footing",
      id: "t.total",
      editions: ["en"],
      target: ref("total", "c"),
      terms: [
        { ref: ref("a", "c"), sign: 1, scale: 1 },
        { ref: ref("b", "c"), sign: 1, scale: 1 },
      ],
    };
    const e: Extract<Evaluation, { status: "checked" }> = {
      status: "checked",
      reported: { text: "(10,751)", value: -10751, decimals: 0 },
      reportedInterval: { lo: -10751.5, hi: -10750.5 },
      recomputed: -10164 + 412,
      recomputedInterval: { lo: -9753, hi: -9751 },
      gapUnits: 998,
      severity: "major",
      inputs: [
        { ref: ref("a", "c"), text: "(10,164)", value: -10164 },
        { ref: ref("b", "c"), text: "412", value: 412 },
      ],
    };
    const { en, ja } = explainFinding(rule, e, 118.07);
    for (const text of [en, ja]) {
      expect(text).not.toMatch(SECOND_SIGN_STYLE);
      expect(text).toContain("-10,164 + 412 = -9,752.0");
      expect(text).toContain("-10,751");
    }
    expect(en).toContain("999.0 below it");
    expect(ja).toContain("999.0小さい");
  });
});
