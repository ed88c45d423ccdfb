import { dataset } from "../../../src/data";
import type { Table } from "../../../src/core/model/Table";
import { columnHeader } from "../../../src/core/provenance/columnHeader";
import { figureProvenance } from "../../../src/core/provenance/figureProvenance";
import { formatSourceLine } from "../../../src/core/provenance/formatSourceLine";
import { sectionOf } from "../../../src/core/provenance/sectionOf";
import { tidyFigures } from "../../../src/cli/tidyFigures";

function table(id: string): Table {
  const found = dataset.tables.find((t) => t.id === id);
  if (found === undefined) {
    throw new Error(`no table ${id}`);
  }
  return found;
}

const quarterly = table("operations_quarterly");
const valueAdded = quarterly.rows.findIndex((r) => r.id === "revenues.value_added");
const jpy4Q02 = quarterly.columns.findIndex((c) => c.id === "jpy_4Q02");

describe("figureProvenance", () => {
  it("names the section, row, column and line that print a figure", () => {
    const where = figureProvenance(quarterly, valueAdded, jpy4Q02, "en");
    expect(where.section.id).toBe(quarterly.source.en);
    expect(where.row).toBe(quarterly.rows[valueAdded].label.en);
    expect(where.line).toBe(quarterly.lines?.en?.[valueAdded]);
    expect(formatSourceLine(where, "en")).toBe(
      `Appendix 1 · Value-added services · Mar 31, 2003 JPY · line ${where.line}`
    );
  });

  it("reads the Japanese edition's own label, header and line", () => {
    const where = figureProvenance(quarterly, valueAdded, jpy4Q02, "ja");
    expect(where.row).toBe(quarterly.rows[valueAdded].label.ja);
    expect(where.column).toContain("JPY");
    expect(where.line).not.toBe(figureProvenance(quarterly, valueAdded, jpy4Q02, "en").line);
    expect(formatSourceLine(where, "ja")).toMatch(/ · \d+行目$/);
  });

  it("has no line for a dataset that records none", () => {
    const bare: Table = { ...quarterly, lines: undefined };
    const where = figureProvenance(bare, valueAdded, jpy4Q02, "en");
    expect(where.line).toBeUndefined();
    expect(formatSourceLine(where, "en")).not.toContain("line");
  });
});

describe("columnHeader", () => {
  it("carries a spanning date to the columns of the same period only", () => {
    const header = (id: string): string =>
      columnHeader(
        quarterly,
        "en",
        quarterly.columns.findIndex((c) => c.id === id)
      );
    expect(header("usd_4Q02")).toBe("Mar 31, 2003 USD");
    expect(header("share_4Q02")).toBe("Mar 31, 2003 % of Total Revenues");
    // The change column is for 4Q02 but printed under the 4Q01 date: it takes no date.
    expect(header("yoy")).toBe("YOY Chg %");
  });

  it("gives every column of every printed table a non-empty header", () => {
    for (const t of dataset.tables) {
      for (const edition of ["en", "ja"] as const) {
        if (t.figures[edition] !== undefined) {
          t.columns.forEach((_, i) => expect(columnHeader(t, edition, i)).not.toBe(""));
        }
      }
    }
  });
});

describe("sectionOf", () => {
  it("titles a section with its printed identifier and the table's title", () => {
    expect(sectionOf(quarterly).title.en).toBe(`Appendix 1 — ${quarterly.title.en}`);
    expect(sectionOf(quarterly).title.ja).toBe(`Appendix 1 — ${quarterly.title.ja}`);
  });
});

describe("the export's provenance columns", () => {
  it("gives every exported figure its section and a line, distinct per row of a table", () => {
    const rows = tidyFigures(dataset, ["en", "ja"]);
    expect(rows.every((r) => r.section !== "" && r.line !== null && r.line > 0)).toBe(true);
    const lineOf = new Map<string, number | null>();
    for (const r of rows) {
      const key = `${r.edition}|${r.table}|${r.item}`;
      expect(lineOf.get(key) ?? r.line).toBe(r.line);
      lineOf.set(key, r.line);
    }
  });
});
