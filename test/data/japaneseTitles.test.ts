import { loadDataset } from "../../src/core/model/loadDataset";
import type { Table } from "../../src/core/model/Table";
import { sectionOf } from "../../src/core/provenance/sectionOf";
import { dataset } from "../../src/data";
import json from "../../src/data/release.json";
import { ALL_FINDINGS } from "../../src/taskpane/components/CheckView/CheckFilters";
import {
  groupFindings,
  tablesWithFindings,
} from "../../src/taskpane/components/CheckView/groupFindings";
import { createReleaseEngine } from "../../src/taskpane/services/createReleaseEngine";
import { tableViews } from "../../src/taskpane/services/tableViews";

const printsJapanese = (table: Table): boolean => table.figures.ja !== undefined;

/** The words in Latin letters of a text ("Adjusted", "EBITDA"). */
const latinWords = (text: string): string[] => text.match(/[A-Za-z][A-Za-z&-]*/g) ?? [];

describe("the tables' Japanese titles", () => {
  it("give every table a Japanese title", () => {
    const without = dataset.tables.filter((t) => !t.title.ja).map((t) => t.id);
    expect(dataset.tables.length).toBeGreaterThan(10);
    expect(without).toEqual([]);
  });

  it("say a title is translated exactly where the Japanese edition does not print the table", () => {
    const said = dataset.tables.map((t) => ({ id: t.id, translated: t.titleFrom?.ja }));
    const expected = dataset.tables.map((t) => ({
      id: t.id,
      translated: printsJapanese(t) ? undefined : "translated",
    }));
    expect(dataset.tables.some((t) => !printsJapanese(t))).toBe(true);
    expect(said).toEqual(expected);
  });

  it("translate into Japanese, using no Latin word the Japanese edition does not print", () => {
    const printed = dataset.tables.filter(printsJapanese);
    const printedWords = new Set(
      printed.flatMap((t) =>
        [t.title.ja ?? "", ...t.rows.map((r) => r.label.ja ?? "")].flatMap(latinWords)
      )
    );
    const titles = new Set(printed.map((t) => t.title.ja));
    const translated = dataset.tables.filter((t) => t.titleFrom !== undefined);
    expect(translated.length).toBeGreaterThan(0);
    for (const table of translated) {
      const ja = table.title.ja ?? "";
      expect({
        id: table.id,
        ja,
        startsInJapanese: /^[\u3040-\u30ff\u4e00-\u9fff]/.test(ja),
      }).toEqual({ id: table.id, ja, startsInJapanese: true });
      expect(latinWords(ja).filter((w) => !printedWords.has(w))).toEqual([]);
      expect(titles.has(ja)).toBe(false);
    }
  });
});

describe("a Japanese pane", () => {
  const english = new Set(dataset.tables.map((t) => t.title.en));

  it("lists every table in the Load view under its Japanese title", () => {
    const views = tableViews(dataset, "ja");
    expect(views.map((v) => v.title)).toEqual(dataset.tables.map((t) => t.title.ja));
    expect(views.filter((v) => english.has(v.title)).map((v) => v.id)).toEqual([]);
  });

  it("gives every table's section, on the figure card, its Japanese title", () => {
    for (const table of dataset.tables) {
      expect(sectionOf(table).title.ja).toContain(table.title.ja);
    }
  });

  it("groups and filters findings of the English-only tables under their Japanese titles", () => {
    // Misprint the total of each reconciliation the Japanese edition does not print.
    const damaged = JSON.parse(JSON.stringify(json));
    const totals: Record<string, string> = {
      ebitda_reconciliation: "ebitda.operating_income",
      capex_reconciliation: "capex.capital_expenditures",
    };
    for (const [id, item] of Object.entries(totals)) {
      const figure = damaged.tables.find((t: { id: string }) => t.id === id).figures.en[item][0];
      figure.value += 1000;
      figure.text = figure.value.toLocaleString("en-US").replace(/^-(.*)$/, "($1)");
    }
    const report = createReleaseEngine(loadDataset(damaged)).checkRelease("round");
    const groups = groupFindings(report.findings, ALL_FINDINGS, "ja");
    const filter = tablesWithFindings(report.findings, "ja");
    const titleOf = (id: string) => dataset.tables.find((t) => t.id === id)?.title.ja;
    for (const id of Object.keys(totals)) {
      expect(groups.find((g) => g.key === id)?.title).toBe(titleOf(id));
      expect(filter.find((f) => f.id === id)?.title).toBe(titleOf(id));
    }
    expect(groups.filter((g) => english.has(g.title)).map((g) => g.key)).toEqual([]);
  });
});
