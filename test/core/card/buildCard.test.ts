import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import { deriveRules } from "../../../src/core/checks/deriveRules";
import { evaluateRule } from "../../../src/core/checks/evaluateRule";
import type { FigureSource } from "../../../src/core/checks/FigureReading";
import { CLAIMS_TABLE } from "../../../src/core/checks/Rule";
import { runChecks, type EditionSources } from "../../../src/core/checks/runChecks";
import { buildCard } from "../../../src/core/card/buildCard";
import { cellKey } from "../../../src/core/card/cellKey";
import { createCardContext } from "../../../src/core/card/createCardContext";
import type { FigureCard } from "../../../src/core/card/FigureCard";
import type { RelationKind } from "../../../src/core/card/RelationKind";
import { buildIndex } from "../../../src/core/model/buildIndex";
import type { CellRef } from "../../../src/core/model/CellRef";
import type { Edition } from "../../../src/core/model/Edition";
import { dataset } from "../../../src/data";
import { tidyFigures } from "../../../src/cli/tidyFigures";

const index = buildIndex(dataset);
const rules = deriveRules(index);
const sources = datasetSources(index);
const report = runChecks(compileRules(index), sources, "round");
const context = createCardContext(index, rules, report, sources);

/** Every printed figure of both editions, as a cell and an edition. */
const figures: ReadonlyArray<{ ref: CellRef; edition: Edition }> = dataset.tables.flatMap((t) =>
  (["en", "ja"] as const).flatMap((edition) =>
    t.rows.flatMap((row) =>
      t.columns.flatMap((column, i) =>
        (t.figures[edition]?.[row.id]?.[i] ?? null) === null
          ? []
          : [{ ref: { table: t.id, item: row.id, column: column.id }, edition }]
      )
    )
  )
);

const cards = new Map<string, FigureCard>();
for (const { ref, edition } of figures) {
  const card = buildCard(context, ref, edition);
  if (card !== undefined) {
    cards.set(`${cellKey(ref)}|${edition}`, card);
  }
}

const INVERSE: Readonly<Record<Exclude<RelationKind, "claim">, RelationKind>> = {
  total: "part",
  part: "total",
  sibling: "sibling",
  input: "computed",
  computed: "input",
  otherEdition: "otherEdition",
};

function at(item: string, column: string, table = "operations_quarterly"): CellRef {
  return { table, item, column };
}

describe("buildCard", () => {
  it("gives every printed figure of both editions a card", () => {
    expect(figures).toHaveLength(tidyFigures(dataset, ["en", "ja"]).length);
    expect(cards.size).toBe(figures.length);
  });

  it("is symmetric: a related figure's card lists the card's figure the other way round", () => {
    const broken: string[] = [];
    for (const [key, card] of cards) {
      for (const relation of card.relations) {
        if (relation.kind === "claim") {
          continue;
        }
        const other = cards.get(`${cellKey(relation.figure.ref)}|${relation.figure.edition}`);
        const back = other?.relations.some(
          (r) =>
            r.kind === INVERSE[relation.kind as Exclude<RelationKind, "claim">] &&
            cellKey(r.figure.ref) === cellKey(card.figure.ref) &&
            r.figure.edition === card.figure.edition
        );
        if (back !== true) {
          broken.push(`${key} ${relation.kind} ${cellKey(relation.figure.ref)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("lists the cells the engine read for each rule, on the card of the figure it judges", () => {
    let compared = 0;
    for (const rule of rules) {
      if (rule.kind === "edition" || rule.kind === "claim") {
        continue;
      }
      for (const edition of rule.editions) {
        const card = cards.get(`${cellKey(rule.target)}|${edition}`);
        const evaluation = evaluateRule(rule, sources[edition] as FigureSource, "round");
        if (card === undefined || evaluation.status !== "checked") {
          continue;
        }
        const read = new Set(
          evaluation.inputs.map((i) => cellKey(i.ref)).filter((k) => k !== cellKey(rule.target))
        );
        const related = card.relations.filter((r) => r.ruleId === rule.id);
        expect(new Set(related.map((r) => cellKey(r.figure.ref)))).toEqual(read);
        expect(
          related.every(
            (r) =>
              r.kind ===
              (rule.kind === "footing" || rule.kind === "reconciliation" ? "part" : "input")
          )
        ).toBe(true);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("shows each claim that cites a figure on that figure's card, with the claim's verdict", () => {
    for (const claim of dataset.claims) {
      const f = claim.formula;
      const ref = f.kind === "change" ? f.current : f.kind === "share" ? f.numerator : f.revenue;
      const card = cards.get(`${cellKey(ref)}|${claim.edition}`);
      const relation = card?.relations.find(
        (r) => r.kind === "claim" && r.figure.ref.item === claim.id
      );
      expect(relation?.figure.ref.table).toBe(CLAIMS_TABLE);
      const finding = report.findings.find((f) => f.ruleId === `claim:${claim.id}`);
      expect(relation?.verdict).toBe(finding?.severity ?? "consistent");
    }
  });

  it("gives each relation the engine's verdict on its rule", () => {
    const byRule = new Map(rules.map((r) => [r.id, r] as const));
    for (const card of cards.values()) {
      for (const relation of card.relations) {
        const rule = byRule.get(relation.ruleId);
        if (relation.verdict === undefined || rule === undefined || rule.kind === "edition") {
          continue;
        }
        const source = sources[card.figure.edition] as FigureSource;
        const evaluation = evaluateRule(rule, source, "round");
        const expected =
          evaluation.status === "checked"
            ? (evaluation.severity ?? "consistent")
            : evaluation.status;
        expect(relation.verdict).toBe(expected);
      }
    }
  });

  it("puts the engine's findings on the card of the figure they are about", () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      const card = cards.get(`${cellKey(finding.where)}|${finding.edition}`);
      if (finding.where.table !== CLAIMS_TABLE) {
        expect(card?.findings).toContain(finding);
      }
    }
  });

  it("names a total's parts and a part's total and siblings", () => {
    const total = cards.get(`${cellKey(at("revenues.total", "jpy_4Q02"))}|en`);
    const parts = total?.relations.filter((r) => r.kind === "part").map((r) => r.figure.item);
    const row = dataset.tables[0].rows.find((r) => r.id === "revenues.total");
    expect(parts).toEqual(row?.children?.map((c) => c.item));
    const part = cards.get(`${cellKey(at(parts?.[0] ?? "", "jpy_4Q02"))}|en`);
    expect(part?.relations.find((r) => r.kind === "total")?.figure.item).toBe("revenues.total");
    expect(part?.relations.filter((r) => r.kind === "sibling")).toHaveLength(
      (parts?.length ?? 0) - 1
    );
  });

  it("shows the printed and the current figure of a figure a user changed, and the new verdicts", () => {
    const ref = at("revenues.value_added", "jpy_4Q02");
    const edited: FigureSource = (cell) =>
      cellKey(cell) === cellKey(ref)
        ? { kind: "figure", value: 999999, decimals: 0, text: "999,999" }
        : (sources.en as FigureSource)(cell);
    const userSources: EditionSources = { en: edited, ja: sources.ja };
    const userContext = createCardContext(
      index,
      rules,
      runChecks(compileRules(index), userSources, "round"),
      userSources
    );
    const card = buildCard(userContext, ref, "en");
    expect(card?.current?.text).toBe("999,999");
    expect(card?.figure.printed).toBe(
      dataset.tables[0].figures.en?.["revenues.value_added"][1]?.text
    );
    expect(card?.relations.find((r) => r.kind === "total")?.verdict).toBe("major");
    expect(card?.relations.find((r) => r.kind === "otherEdition")?.verdict).toBe("major");
    expect(cards.get(`${cellKey(ref)}|en`)?.current).toBeUndefined();
  });

  it("has no card for a cell the edition does not print", () => {
    expect(buildCard(context, at("revenues.total", "nowhere"), "en")).toBeUndefined();
    expect(
      buildCard(context, { table: "cross_selling", item: figures[0].ref.item, column: "x" }, "ja")
    ).toBeUndefined();
  });
});
