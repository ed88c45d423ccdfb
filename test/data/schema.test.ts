import fc from "fast-check";
import json from "../../src/data/release.json";
import { dataset } from "../../src/data";
import { DatasetError } from "../../src/core/model/DatasetError";
import { loadDataset } from "../../src/core/model/loadDataset";
import { validateDataset } from "../../src/core/model/validateDataset";

/** A deep, mutable copy of the real dataset, to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit arbitrary paths of parsed JSON
function copy(): any {
  return JSON.parse(JSON.stringify(json));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, see copy()
function tableIndex(data: any, id: string): number {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, see copy()
  return data.tables.findIndex((t: any) => t.id === id);
}

describe("validateDataset", () => {
  it("finds no violation in the release", () => {
    expect(validateDataset(json)).toEqual([]);
  });

  it("exports the release as a loaded dataset", () => {
    expect(dataset.release.id).toBe("iij-fy2002-q4");
    expect(dataset.tables).toHaveLength(13);
  });

  it("reports a value that is not an object", () => {
    expect(validateDataset(null)).toEqual(["dataset: expected an object, found null"]);
  });

  it("reports a child that names no row of its table", () => {
    const data = copy();
    const t = tableIndex(data, "operations_quarterly");
    const r = data.tables[t].rows.findIndex((row: { id: string }) => row.id === "revenues.total");
    data.tables[t].rows[r].children[0].item = "revenues.nowhere";
    expect(validateDataset(data)).toEqual([
      `tables[${t}].rows[${r}].children[0]: unknown item 'revenues.nowhere'`,
    ]);
  });

  it("reports a figure row with one figure too few", () => {
    const data = copy();
    const t = tableIndex(data, "balance_sheet");
    data.tables[t].figures.ja["assets.cash"].pop();
    expect(validateDataset(data)).toEqual([
      `tables[${t}].figures.ja.assets.cash: expected 7 figures (one per column), found 6`,
    ]);
  });

  it("reports a table whose printed lines miss a row", () => {
    const data = copy();
    const t = tableIndex(data, "balance_sheet");
    data.tables[t].lines.en.pop();
    const rows = data.tables[t].rows.length;
    expect(validateDataset(data)).toEqual([
      `tables[${t}].lines.en: expected ${rows} lines (one per row), found ${rows - 1}`,
    ]);
  });

  it("reports a printed line that is not a line number", () => {
    const data = copy();
    const t = tableIndex(data, "contracts");
    data.tables[t].lines.ja[2] = 0;
    expect(validateDataset(data)).toEqual([
      `tables[${t}].lines.ja[2]: expected a line number (a whole number from 1)`,
    ]);
  });

  it("records where every row of every printed table is printed", () => {
    for (const table of dataset.tables) {
      for (const edition of ["en", "ja"] as const) {
        expect(table.lines?.[edition]?.length).toBe(
          table.figures[edition] === undefined ? undefined : table.rows.length
        );
      }
    }
  });

  it("reports a duplicate row id", () => {
    const data = copy();
    const t = tableIndex(data, "backbone_costs");
    data.tables[t].rows[1].id = "backbone.international";
    expect(validateDataset(data)).toContain(
      `tables[${t}].rows[1].id: duplicate row id 'backbone.international'`
    );
  });

  it("reports a duplicate table id", () => {
    const data = copy();
    data.tables[1].id = data.tables[0].id;
    expect(validateDataset(data)).toContain(
      "tables[1].id: duplicate table id 'operations_quarterly'"
    );
  });

  it("reports a reconciliation that points at a column the table lacks", () => {
    const data = copy();
    data.reconciliations[0].total.column = "jpy_2001-03-31";
    expect(validateDataset(data)).toEqual([
      "reconciliations[0].total: unknown column 'jpy_2001-03-31' in table 'balance_sheet'",
    ]);
  });

  it("reports a claim without the line that prints it", () => {
    const data = copy();
    data.claims[1].line = 0;
    delete data.claims[2].line;
    expect(validateDataset(data)).toEqual([
      "claims[1].line: expected a line number, found 0",
      "claims[2].line: expected a line number, found undefined",
    ]);
  });

  it("reports a claim that points at an empty cell", () => {
    const data = copy();
    data.claims[0].formula.current = {
      table: "operations_quarterly",
      item: "per_share.net_loss",
      column: "usd_4Q02",
    };
    expect(validateDataset(data)).toEqual([
      "claims[0].formula.current: no figure at operations_quarterly/per_share.net_loss/usd_4Q02 in 'en'",
    ]);
  });

  it("reports a claim of the Japanese edition that points at a table only printed in English", () => {
    const data = copy();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, see copy()
    const c = data.claims.findIndex((claim: any) => claim.edition === "ja");
    data.claims[c].formula.current = {
      table: "ebitda_reconciliation",
      item: "ebitda.adjusted_ebitda",
      column: "4Q02",
    };
    expect(validateDataset(data)).toEqual([
      `claims[${c}].formula.current: table 'ebitda_reconciliation' is not printed in 'ja'`,
    ]);
  });

  it("reports a value given for a nil dash, and negative decimals", () => {
    const data = copy();
    const t = tableIndex(data, "cash_flows_quarterly");
    data.tables[t].figures.en["investing.sale_leaseback"][2] = {
      text: "-",
      value: 0,
      decimals: -1,
    };
    expect(validateDataset(data)).toEqual([
      `tables[${t}].figures.en.investing.sale_leaseback[2].value: value must be null exactly when the text is a nil dash ('-')`,
      `tables[${t}].figures.en.investing.sale_leaseback[2].decimals: expected a non-negative integer`,
    ]);
  });

  it("reports a share column whose base is not a row, and a change column with an unknown prior", () => {
    const data = copy();
    const t = tableIndex(data, "operations_annual");
    data.tables[t].columns[2].baseItem = "revenues";
    data.tables[t].columns[5].prior = "jpy_FY2000";
    expect(validateDataset(data)).toEqual([
      `tables[${t}].columns[2].baseItem: unknown item 'revenues'`,
      `tables[${t}].columns[5].prior: unknown amount column 'jpy_FY2000'`,
    ]);
  });

  it("reports an unknown period and a missing label in a printed edition", () => {
    const data = copy();
    const t = tableIndex(data, "contracts");
    data.tables[t].columns[0].period = "5Q02";
    delete data.tables[t].rows[2].label.ja;
    expect(validateDataset(data)).toEqual([
      `tables[${t}].columns[0].period: unknown period '5Q02'`,
      `tables[${t}].rows[2].label.ja: the table prints in 'ja' but the row has no label there`,
    ]);
  });

  it("reports a translated title without a Japanese form, or on a table the Japanese edition prints", () => {
    const data = copy();
    const only = tableIndex(data, "cross_selling");
    const printed = tableIndex(data, "contracts");
    delete data.tables[only].title.ja;
    data.tables[printed].titleFrom = { ja: "borrowed" };
    expect(validateDataset(data)).toEqual([
      `tables[${printed}].titleFrom.ja: expected one of translated, found 'borrowed'`,
      `tables[${printed}].titleFrom: the Japanese edition prints the table: give its title as printed`,
      `tables[${only}].titleFrom: the title has no Japanese form`,
    ]);
  });
});

/** Every (table index, edition, item) whose figures the release prints. */
const printedRows = copy().tables.flatMap(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, see copy()
  (table: any, t: number) =>
    (["en", "ja"] as const).flatMap((edition) =>
      Object.keys(table.figures[edition] ?? {}).map((item) => ({ t, edition, item }))
    )
);

describe("validateDataset on any damaged row", () => {
  it("reports the row whose figures are removed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...printedRows), ({ t, edition, item }) => {
        const data = copy();
        delete data.tables[t].figures[edition][item];
        expect(validateDataset(data)).toContain(
          `tables[${t}].figures.${edition}: missing figures for item '${item}'`
        );
      }),
      { numRuns: 40 }
    );
  });

  it("reports exactly the figure whose decimals are not a non-negative integer", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...printedRows),
        fc.nat(8),
        fc.constantFrom(-1, 0.5, "1"),
        ({ t, edition, item }, at, decimals) => {
          const data = copy();
          const cells = data.tables[t].figures[edition][item];
          const j = cells.findIndex(
            (f: unknown, k: number) => f !== null && k >= at % cells.length
          );
          fc.pre(j >= 0);
          cells[j].decimals = decimals;
          expect(validateDataset(data)).toEqual([
            `tables[${t}].figures.${edition}.${item}[${j}].decimals: expected a non-negative integer`,
          ]);
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("loadDataset", () => {
  it("throws a DatasetError listing every violation", () => {
    const data = copy();
    data.fxRate.text = "118.7";
    data.periods[2].kind = "month";
    try {
      loadDataset(data);
      throw new Error("loadDataset accepted a broken dataset");
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).violations).toEqual([
        "fxRate.text: '118.7' does not print 118.07",
        "periods[2].kind: expected one of quarter, year, instant, found 'month'",
      ]);
    }
  });
});
