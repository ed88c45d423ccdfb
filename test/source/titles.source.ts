import json from "../../src/data/release.json";
import type { Dataset } from "../../src/core/model/Dataset";
import { sourceLines } from "./printedTables";

/**
 * The tables' Japanese titles against the release's text: a title the dataset does not record as
 * its own translation is printed by the Japanese edition as a heading, "表 N. title" (N from the
 * table's source) or the title before a parenthesised note; a translated one (a table only the English edition prints) is not
 * claimed to be printed, and is printed nowhere.
 */

const data = json as unknown as Dataset;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The lines of the Japanese edition that are not table rows, trimmed. */
function japaneseHeadings(): string[] {
  const lines = sourceLines();
  const english = lines.findIndex((l) => l.startsWith("IIJ Announces 4th Quarter"));
  expect(english).toBeGreaterThan(0);
  return lines
    .slice(0, english)
    .filter((l) => !l.includes("\t"))
    .map((l) => l.trim());
}

describe("the tables' Japanese titles against the release's text", () => {
  const printed = data.tables.filter((t) => t.titleFrom === undefined);
  const translated = data.tables.filter((t) => t.titleFrom !== undefined);

  it.each(printed.map((t) => [t.id, t.title.ja ?? "", t.source.ja ?? t.source.en]))(
    "finds %s's title '%s' printed as a heading of the Japanese edition (after '%s.' or alone)",
    (_, title, source) => {
      const heading = new RegExp(`^(${escape(source)}\\. )?${escape(title)}(\\(.*\\))?$`);
      expect(japaneseHeadings().filter((l) => heading.test(l))).toHaveLength(1);
    }
  );

  it("finds the tables whose title is translated printed in English only, the title nowhere", () => {
    const text = sourceLines().join("\n");
    expect(translated.length).toBeGreaterThan(0);
    for (const table of translated) {
      expect({ id: table.id, ja: table.figures.ja }).toEqual({ id: table.id, ja: undefined });
      expect({ id: table.id, printed: text.includes(table.title.ja ?? "") }).toEqual({
        id: table.id,
        printed: false,
      });
    }
  });
});
