import { deriveRules } from "../../src/core/checks/deriveRules";
import { ruleInputs } from "../../src/core/card/ruleInputs";
import { buildIndex } from "../../src/core/model/buildIndex";
import type { Row, Table } from "../../src/core/model/Table";
import { dataset } from "../../src/data";

const index = buildIndex(dataset);

/** Whether the Japanese edition prints the row in this table (it prints a table whole or not). */
const printedInJapanese = (table: Table, row: Row): boolean =>
  table.figures.ja !== undefined && table.rows.includes(row);

describe("the rows' Japanese labels", () => {
  const rows = dataset.tables.flatMap((table) => table.rows.map((row) => ({ table, row })));

  it("give every row a Japanese label", () => {
    const without = rows
      .filter(({ row }) => row.label.ja === undefined || row.label.ja === "")
      .map(({ table, row }) => `${table.id}/${row.id}`);
    expect(without).toEqual([]);
  });

  it("say where a label not printed in its own table came from, and only there", () => {
    for (const { table, row } of rows) {
      const at = `${table.id}/${row.id}`;
      expect({ at, says: row.labelFrom !== undefined }).toEqual({
        at,
        says: !printedInJapanese(table, row),
      });
    }
  });

  it("take a borrowed label from a row the Japanese edition prints, as printed", () => {
    const borrowed = rows.filter(({ row }) => typeof row.labelFrom?.ja === "object");
    expect(borrowed.length).toBeGreaterThan(0);
    for (const { row } of borrowed) {
      const from = row.labelFrom!.ja as { table: string; item: string };
      const table = index.tables.get(from.table)!;
      const source = table.rows.find((r) => r.id === from.item)!;
      expect(printedInJapanese(table, source)).toBe(true);
      expect(source.labelFrom).toBeUndefined();
      expect(row.label.ja).toBe(source.label.ja);
    }
  });

  it("translate only a line item the Japanese edition prints nowhere, into Japanese", () => {
    const printedJa = new Set(
      rows.filter(({ table, row }) => printedInJapanese(table, row)).map(({ row }) => row.label.ja)
    );
    for (const { row } of rows.filter(({ row }) => row.labelFrom?.ja === "translated")) {
      expect(row.label.ja).toMatch(/^[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(printedJa.has(row.label.ja)).toBe(false);
    }
  });

  it("name in Japanese every cell a check reads, so no Japanese explanation falls back to English", () => {
    const used = new Set<string>();
    for (const rule of deriveRules(index)) {
      for (const ref of [rule.target, ...ruleInputs(rule)]) {
        used.add(`${ref.table}|${ref.item}`);
      }
    }
    const english = [...used].filter((key) => {
      const [table, item] = key.split("|");
      const row = index.tables.get(table)?.rows.find((r) => r.id === item);
      return row !== undefined && row.label.ja === undefined;
    });
    expect(used.size).toBeGreaterThan(100);
    expect(english).toEqual([]);
  });
});
