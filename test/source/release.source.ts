import json from "../../src/data/release.json";
import type { Dataset } from "../../src/core/model/Dataset";
import type { Edition } from "../../src/core/model/Edition";
import type { ReportedFigure } from "../../src/core/model/ReportedFigure";
import type { Table } from "../../src/core/model/Table";

/**
 * Faithfulness: every figure, label and header of the dataset is compared with the release's text,
 * cell by cell, and every cell of every table the release prints is found in the dataset.
 */

import {
  PRINTED,
  bodyCells,
  cleanLabel,
  editionsOf,
  printed,
  sourceLines,
  tabBlocks,
  withoutMarkup,
} from "./printedTables";

const data = json as unknown as Dataset;

const cases = data.tables.flatMap((table) => editionsOf(table).map((e) => [table.id, e] as const));

describe("the dataset against the release's text", () => {
  it("finds the release's text", () => {
    expect(sourceLines().length).toBeGreaterThan(700);
  });

  it("finds 25 printed tables, each assigned to exactly one table and edition", () => {
    const assigned = Object.values(PRINTED)
      .flatMap((byEdition) => Object.values(byEdition))
      .flatMap((w) => w?.blocks ?? [])
      .sort((a, b) => a - b);
    expect(tabBlocks()).toHaveLength(25);
    expect(assigned).toEqual([...Array(25).keys()]);
    expect(cases).toHaveLength(23);
  });

  it.each(cases)("prints %s (%s) with the dataset's headers", (id, edition) => {
    const table = data.tables.find((t) => t.id === id) as Table;
    expect(printed(table, edition).headers).toEqual(table.headers[edition]);
  });

  it.each(cases)("prints %s (%s) row by row with the dataset's labels", (id, edition) => {
    const table = data.tables.find((t) => t.id === id) as Table;
    const rows = printed(table, edition).rows;
    expect(rows.map((r) => cleanLabel(r.label))).toEqual(table.rows.map((r) => r.label[edition]));
  });

  it.each(cases)(
    "prints every figure of %s (%s) exactly as the dataset holds it",
    (id, edition) => {
      const table = data.tables.find((t) => t.id === id) as Table;
      expect(figureDifferences(table, edition)).toEqual([]);
    }
  );

  it("notices a figure that differs from the print by one digit, and a figure the print lacks", () => {
    const table = data.tables.find((t) => t.id === "operations_quarterly") as Table;
    const ja = table.figures.ja ?? {};
    const changed: Table = {
      ...table,
      figures: {
        ...table.figures,
        ja: {
          ...ja,
          "revenues.value_added": ja["revenues.value_added"].map((f, j) =>
            j === 0 ? { text: "7,888", value: 7888, decimals: 0 } : f
          ),
          "per_share.net_loss": ja["per_share.net_loss"].map((f, j) =>
            j === 0 ? { text: "(805)", value: -805, decimals: 0 } : f
          ),
        },
      },
    };
    expect(figureDifferences(changed, "ja")).toEqual([
      "revenues.value_added[0]: dataset '7,888', printed '7,887'",
      "per_share.net_loss[0]: dataset '(805)', printed ''",
    ]);
  });

  it("finds every cell of every printed table's body in the dataset, and nothing else", () => {
    const printedCells = bodyCells(tabBlocks());
    const held = data.tables.flatMap((table) =>
      editionsOf(table).flatMap((e) =>
        Object.values(table.figures[e] ?? {}).flatMap((list) =>
          list.filter((f): f is ReportedFigure => f !== null).map((f) => f.text)
        )
      )
    );
    expect(printedCells.length).toBeGreaterThan(1000);
    expect([...held].sort()).toEqual([...printedCells].sort());
  });

  it("finds each claim's figure printed on its line, in the prose of its edition", () => {
    const lines = sourceLines();
    const english = lines.findIndex((l) => l.startsWith("IIJ Announces 4th Quarter")) + 1;
    expect(english).toBeGreaterThan(1);
    const wrong = data.claims.filter((c) => {
      const text = lines[c.line - 1] ?? "";
      const inEdition = c.edition === "en" ? c.line >= english : c.line < english;
      return !inEdition || !text.includes(c.claimed.text) || text.includes("\t");
    });
    expect(wrong.map((c) => `${c.id} at line ${c.line}`)).toEqual([]);
  });
});

/** Every cell where the dataset's figure text is not the printed cell, as "row[column]: …". */
function figureDifferences(table: Table, edition: Edition): string[] {
  const figures = table.figures[edition] ?? {};
  const rows = printed(table, edition).rows;
  const out: string[] = [];
  if (rows.length !== table.rows.length) {
    return [`${rows.length} printed rows, ${table.rows.length} rows in the dataset`];
  }
  table.rows.forEach((row, r) => {
    const cells = rows[r].cells.map(withoutMarkup);
    if (cells.length !== table.columns.length) {
      out.push(`${row.id}: ${cells.length} printed cells, ${table.columns.length} columns`);
    }
    if (row.role === "heading") {
      if (cells.some((c) => c !== "") || figures[row.id] !== undefined) {
        out.push(`${row.id}: a heading with figures`);
      }
      return;
    }
    const list = figures[row.id] ?? [];
    cells.forEach((cell, j) => {
      const text =
        list[j] === null || list[j] === undefined ? "" : (list[j] as ReportedFigure).text;
      if (text !== cell) {
        out.push(`${row.id}[${j}]: dataset '${text}', printed '${cell}'`);
      }
    });
  });
  const items = table.rows.filter((r) => r.role !== "heading").map((r) => r.id);
  for (const key of Object.keys(figures)) {
    if (!items.includes(key)) {
      out.push(`${key}: figures for a row the table does not have`);
    }
  }
  return out;
}
