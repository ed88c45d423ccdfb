import type { CellProblem } from "../../../src/core/checks/CellProblem";
import { datasetSources } from "../../../src/core/checks/datasetSources";
import { deriveRules } from "../../../src/core/checks/deriveRules";
import { evaluateEditions } from "../../../src/core/checks/evaluateEditions";
import { evaluateRule } from "../../../src/core/checks/evaluateRule";
import { explainCellProblem } from "../../../src/core/checks/explainCellProblem";
import { explainNotCheckable } from "../../../src/core/checks/explainNotCheckable";
import type { FigureReading, FigureSource } from "../../../src/core/checks/FigureReading";
import type { NotCheckableReason } from "../../../src/core/checks/NotCheckableReason";
import type { Rule } from "../../../src/core/checks/Rule";
import type { CellRef } from "../../../src/core/model/CellRef";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);
const rules = deriveRules(index);
const sources = datasetSources(index);
const en = sources.en!;
const ja = sources.ja!;

const share = rules.find(
  (r): r is Extract<Rule, { kind: "share" }> =>
    r.kind === "share" &&
    r.target.item === "revenues.value_added" &&
    r.target.column === "share_4Q02"
)!;
const edition = rules.find(
  (r): r is Extract<Rule, { kind: "edition" }> =>
    r.kind === "edition" && r.target.item === "revenues.value_added"
)!;

/** One problem of every kind a cell can have (a kind left out fails to compile). */
const PROBLEMS: { readonly [K in CellProblem["kind"]]: Extract<CellProblem, { kind: K }> } = {
  blank: { kind: "blank", cell: "連結損益計算書!C12" },
  text: { kind: "text", text: "n/a", cell: "Sheet1!C7" },
  boolean: { kind: "boolean", value: true, cell: "Sheet1!C7" },
  error: { kind: "error", error: "#DIV/0!", cell: "Sheet1!C7" },
  notFinite: { kind: "notFinite", cell: "Sheet1!C7" },
  sheetGone: { kind: "sheetGone", sheet: "Operations" },
  rowGone: { kind: "rowGone", sheet: "Operations", label: "Value-added services" },
  columnGone: { kind: "columnGone", sheet: "Operations", label: "Total revenues", column: "4Q02" },
};

/** The share's reported cell, numerator and denominator read as the engine is given them. */
function edited(changes: ReadonlyArray<[CellRef, FigureReading]>): FigureSource {
  return (ref) => changes.find(([at]) => at === ref)?.[1] ?? en(ref);
}
const figure = (value: number | null, decimals = 0): FigureReading => ({
  kind: "figure",
  value,
  decimals,
  text: String(value ?? "-"),
});

/**
 * Every reason kind as the engine itself gives it, from the release with one cell edited
 * (a kind left out fails to compile).
 */
const FROM_THE_ENGINE: { readonly [K in NotCheckableReason["kind"]]: () => unknown } = {
  reportedUnreadable: () =>
    evaluateRule(
      share,
      edited([[share.target, { kind: "unreadable", reason: PROBLEMS.text }]]),
      "round"
    ),
  reportedNotFinite: () => evaluateRule(share, edited([[share.target, figure(Infinity)]]), "round"),
  reportedNil: () => evaluateRule(share, edited([[share.target, figure(null)]]), "round"),
  inputAbsent: () => evaluateRule(share, edited([[share.numerator, { kind: "absent" }]]), "round"),
  inputUnreadable: () =>
    evaluateRule(
      share,
      edited([[share.numerator, { kind: "unreadable", reason: PROBLEMS.error }]]),
      "round"
    ),
  inputNotFinite: () =>
    evaluateRule(share, edited([[share.numerator, figure(-Infinity)]]), "round"),
  zeroDenominator: () => evaluateRule(share, edited([[share.denominator, figure(0)]]), "round"),
  overflow: () =>
    evaluateRule(
      share,
      edited([
        [share.numerator, figure(1e308)],
        [share.denominator, figure(0.001, 3)],
      ]),
      "round"
    ),
  editionUnreadable: () =>
    evaluateEditions(
      edition,
      edited([[edition.target, { kind: "unreadable", reason: PROBLEMS.blank }]]),
      ja
    ),
};

/** Latin text that is legitimately in a Japanese sentence: none but these. */
const LATIN_ALLOWED = [
  // Periods as the release names them (4Q02, FY2002, 1H02…).
  /\b(?:[1-4]Q|[12]H)\d{2}\b|\bFY\d{4}\b/g,
  // Excel's values, as Excel shows them in any language.
  /#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)|\b(?:TRUE|FALSE)\b/g,
  // Units the Japanese edition writes in Latin letters (see UNIT_WORDS).
  /\b(?:Gbps|ADS)\b/g,
];

/** What is left of a Japanese sentence once the texts it was given and LATIN_ALLOWED go. */
function latinLeft(ja: string, given: ReadonlyArray<string>): string | null {
  const withoutGiven = [...given]
    .filter((g) => g !== "")
    .sort((a, b) => b.length - a.length)
    .reduce((text, g) => text.split(g).join(""), ja);
  const left = LATIN_ALLOWED.reduce((text, re) => text.replace(re, ""), withoutGiven);
  return /[A-Za-z]+/.exec(left)?.[0] ?? null;
}

/** The strings a problem carries: a cell's address, a sheet, a label or text the user typed. */
function carried(problem: CellProblem): string[] {
  return Object.entries(problem)
    .filter(([key, v]) => key !== "kind" && typeof v === "string")
    .map(([, v]) => v as string);
}

describe("every not-checkable reason, explained in both languages", () => {
  it.each(Object.entries(FROM_THE_ENGINE))("the engine gives %s as data", (kind, run) => {
    const evaluation = run() as { status: string; reason?: NotCheckableReason };
    expect(evaluation.status).toBe("notCheckable");
    expect(evaluation.reason?.kind).toBe(kind);
  });

  it.each(Object.entries(FROM_THE_ENGINE))(
    "words %s in English and in Japanese without Latin words of its own",
    (kind, run) => {
      const { reason } = run() as { reason: NotCheckableReason };
      const words = explainNotCheckable(reason, index);
      expect(words.en).toMatch(/^[A-Z].*\.$/);
      expect(words.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff].*。$/);
      expect(words.ja).not.toBe(words.en);
      const given = "problem" in reason ? carried(reason.problem) : [];
      // An input is named by its Japanese label, never by its ids.
      if ("ref" in reason) {
        expect(words.en).toContain("Value-added services (4Q02, JPY thousands)");
        expect(words.ja).toContain("（4Q02、千円）");
      }
      expect({ kind, latin: latinLeft(words.ja, given) }).toEqual({ kind, latin: null });
    }
  );

  it.each(Object.values(PROBLEMS).map((p) => [p.kind, p] as const))(
    "words the cell problem %s in both languages, with what the cell holds",
    (kind, problem) => {
      const words = explainCellProblem(problem);
      for (const value of carried(problem)) {
        expect(words.en).toContain(value);
        expect(words.ja).toContain(value);
      }
      expect({ kind, latin: latinLeft(words.ja, carried(problem)) }).toEqual({
        kind,
        latin: null,
      });
    }
  );

  it("catches an English word left in a Japanese sentence", () => {
    expect(latinLeft("記載値を読み取れません：the cell is blank。", [])).toBe("the");
    expect(latinLeft("FY2002 の TRUE と #N/A と 12 Gbps", [])).toBeNull();
  });
});
