import { buildIndex } from "../../../src/core/model/buildIndex";
import type { FunctionResult } from "../../../src/functions/pure/FunctionResult";
import { createFunctionsCore } from "../../../src/functions/pure/functionsCore";
import { fixtureDataset } from "../support/fixtureDataset";

const f = createFunctionsCore(buildIndex(fixtureDataset));

function valueOf<T>(result: FunctionResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected a value, got ${result.code}: ${result.message}`);
  }
  return result.value;
}

function failureOf<T>(result: FunctionResult<T>): { code: string; message: string } {
  if (result.ok) {
    throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  }
  return result;
}

describe("IIJ.EBITDA", () => {
  it.each([
    ["4Q02", 459],
    ["3Q02", 349],
    ["4Q01", 968],
    ["FY2002", 1799],
    ["FY2001", 2960],
    ["Q4 FY2002", 459],
    ["2002年度", 1799],
  ])("returns Adjusted EBITDA for %s in JPY millions", (period, expected) => {
    expect(valueOf(f.EBITDA(period))).toBe(expected);
  });

  it.each([
    ["JPY thousands", 459_000],
    ["K", 459_000],
    ["JPY", 459_000_000],
    ["百万円", 459],
    ["USD thousands", 459_000_000 / 118.07 / 1000],
  ])("converts to %s", (unit, expected) => {
    expect(valueOf(f.EBITDA("4Q02", unit))).toBeCloseTo(expected, 6);
  });

  it("names the periods when the period cannot be read", () => {
    expect(failureOf(f.EBITDA("Q5"))).toMatchObject({
      ok: false,
      code: "invalidValue",
      message: "Unknown period 'Q5'. Periods: 4Q02, 3Q02, 4Q01, FY2002, FY2001.",
    });
  });

  it("says a well-formed period the release does not cover is not available", () => {
    const failure = failureOf(f.EBITDA("FY2000"));
    expect(failure.code).toBe("notAvailable");
    expect(failure.message).toContain("FY2000");
    expect(failure.message).toContain("Periods: 4Q02, 3Q02, 4Q01, FY2002, FY2001.");
  });

  it("refuses a unit that is not a unit", () => {
    const failure = failureOf(f.EBITDA("4Q02", "furlongs"));
    expect(failure.code).toBe("invalidValue");
    expect(failure.message).toMatch(/^Unknown unit 'furlongs'\. Units: JPY/);
  });

  it("explains a calendar quarter in fiscal terms", () => {
    expect(failureOf(f.EBITDA("Q1 2003")).message).toContain("is 4Q02");
  });
});

describe("IIJ.CROSSSELL", () => {
  it.each([
    ["Data Center Service", 2002, 0.353],
    ["System Integration", 2001, 0.492],
    ["Value-added Service", "FY2002", 0.706],
    ["data center", "FY02", 0.353],
    ["ＳＩ", "2002", 0.582],
    ["VAS", 2001, 0.697],
  ])("returns %s in %s as a fraction", (service, year, expected) => {
    expect(valueOf(f.CROSSSELL(service, year))).toBe(expected);
  });

  it("says there is no rate for a year the release does not print", () => {
    const failure = failureOf(f.CROSSSELL("Data Center", 2000));
    expect(failure.code).toBe("notAvailable");
    expect(failure.message).toContain("Periods: FY2002, FY2001.");
  });

  it("lists the services when the service is unknown", () => {
    const failure = failureOf(f.CROSSSELL("Catering", 2002));
    expect(failure.code).toBe("invalidValue");
    expect(failure.message).toContain("Data Center Service");
  });

  it("refuses a unit-less year given as TRUE", () => {
    expect(failureOf(f.CROSSSELL("SI", true)).message).toBe(
      "The year must be text, not TRUE/FALSE."
    );
  });
});

describe("IIJ.VALUE", () => {
  it("reads an amount by label, id or Japanese label", () => {
    expect(valueOf(f.VALUE("Total revenues", "4Q02"))).toBe(13_036_439);
    expect(valueOf(f.VALUE("revenues.total", "3Q02"))).toBe(10_563_578);
    expect(valueOf(f.VALUE("売上高合計", "4Q01", undefined, "Japanese"))).toBe(12_109_774);
    expect(valueOf(f.VALUE("TOTAL REVENUES", "FY2002"))).toBe(45_484_000);
  });

  it("converts between yen units exactly", () => {
    expect(valueOf(f.VALUE("Total revenues", "4Q02", "JPY millions"))).toBe(13_036.439);
    expect(valueOf(f.VALUE("Total revenues", "4Q02", "JPY"))).toBe(13_036_439_000);
  });

  it("uses the printed dollar column where there is one, and the rate elsewhere", () => {
    expect(valueOf(f.VALUE("Total revenues", "4Q02", "USD thousands"))).toBe(110_413);
    expect(valueOf(f.VALUE("Total revenues", "4Q02", "USD"))).toBe(110_413_000);
    expect(valueOf(f.VALUE("Total revenues", "FY2002", "USD thousands"))).toBeCloseTo(
      45_484_000 / 118.07,
      6
    );
  });

  it("gives a balance-sheet item at a quarter's end date", () => {
    expect(valueOf(f.VALUE("assets.cash", "4Q02"))).toBe(5_903_500);
    expect(valueOf(f.VALUE("assets.cash", "2003-03-31"))).toBe(5_903_500);
    expect(valueOf(f.VALUE("assets.cash", "3Q02"))).toBe(6_000_000);
  });

  it("keeps per-share amounts in yen", () => {
    expect(valueOf(f.VALUE("per_ads.net_loss", "4Q02"))).toBe(-47.52);
  });

  it("answers a shared name when every item prints the same figure", () => {
    expect(valueOf(f.VALUE("Adjusted EBITDA", "4Q02"))).toBe(459);
  });

  it("follows an alias to the same label elsewhere when its own row lacks the period", () => {
    expect(valueOf(f.VALUE("EBITDA", "FY2002"))).toBe(1799);
  });

  it("lists the ids when a shared name means different figures", () => {
    const failure = failureOf(f.VALUE("Depreciation and amortization", "4Q02"));
    expect(failure.code).toBe("invalidValue");
    expect(failure.message).toContain("statistics.depreciation_amortization (933)");
    expect(failure.message).toContain("ebitda.depreciation_amortization (-905)");
  });

  it("refuses a yen unit for a figure that is not in yen", () => {
    const failure = failureOf(f.VALUE("bandwidth.total", "4Q02", "JPY"));
    expect(failure.code).toBe("invalidValue");
    expect(failure.message).toContain("Gbps");
  });

  it("refuses a dollar unit for a figure that is not in yen", () => {
    expect(failureOf(f.VALUE("contracts.iij4u", "4Q02", "USD")).code).toBe("invalidValue");
  });

  it("says a table the Japanese edition does not print is not available there", () => {
    const failure = failureOf(f.VALUE("backbone.domestic", "4Q02", undefined, "ja"));
    expect(failure).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: "The Japanese edition does not print Backbone Costs.",
    });
  });

  it("refuses an unknown edition, item, and a range of several cells", () => {
    expect(failureOf(f.VALUE("Total revenues", "4Q02", undefined, "fr")).message).toBe(
      "Unknown edition 'fr'. Editions: en (English), ja (Japanese)."
    );
    expect(failureOf(f.VALUE("Total revenue stream", "4Q02")).message).toContain("Unknown item");
    expect(failureOf(f.VALUE([["a", "b"]], "4Q02")).message).toBe(
      "The item must be one value, not a range of several cells."
    );
  });

  it("reads a one-cell range as its value", () => {
    expect(valueOf(f.VALUE([["Total revenues"]], [["4Q02"]]))).toBe(13_036_439);
  });

  it("says a missing item is missing", () => {
    expect(failureOf(f.VALUE("", "4Q02")).message).toBe("The item is missing.");
  });
});

describe("IIJ.STATEMENT", () => {
  it("spills a table with a header row, labels and figures, percentages as fractions", () => {
    const grid = valueOf(f.STATEMENT("operations_quarterly"));
    expect(grid[0][0]).toBe("Consolidated Statements of Operations (quarterly)");
    expect(grid[0]).toHaveLength(7);
    const vas = grid.find((row) => String(row[0]).trim() === "Value-added services");
    expect(vas).toEqual(["  Value-added services", 7888, 931399, 0.072, 823137, 0.132, 913152]);
  });

  it("leaves heading rows and empty cells blank", () => {
    const grid = valueOf(f.STATEMENT("operations_quarterly"));
    expect(grid[1]).toEqual(["Revenues:", "", "", "", "", "", ""]);
  });

  it("gives labels and one period's amounts, a quarter meaning its end date for a balance sheet", () => {
    expect(valueOf(f.STATEMENT("貸借対照表", "4Q02"))).toEqual([
      ["Consolidated Balance Sheets", "2003-03-31 JPY thousands"],
      ["  Cash and cash equivalents", 5_903_500],
      ["Total", 51_360_450],
    ]);
  });

  it("uses the Japanese labels for the Japanese edition", () => {
    expect(valueOf(f.STATEMENT("balance sheet", "4Q02", "ja"))[0][0]).toBe("連結貸借対照表");
  });

  it("picks the annual statement when a kind names both and the period is a year", () => {
    expect(valueOf(f.STATEMENT("operations", "FY2002"))).toEqual([
      ["Consolidated Statements of Operations (annual)", "FY2002 JPY thousands"],
      ["Total revenues", 45_484_000],
    ]);
  });

  it.each(["Table 3", "contracted_bandwidth", "Contracted Bandwidth"])(
    "finds a table by %s",
    (name) => {
      expect(valueOf(f.STATEMENT(name, "3Q02"))[1]).toEqual(["  Dedicated Access Services", 23.3]);
    }
  );

  it("asks for one table when a kind names several", () => {
    expect(failureOf(f.STATEMENT("operations")).message).toBe(
      "'operations' names several tables: operations_quarterly, operations_annual. Name one of them."
    );
  });

  it("lists the tables for an unknown statement", () => {
    const failure = failureOf(f.STATEMENT("Table 9"));
    expect(failure.code).toBe("invalidValue");
    expect(failure.message).toMatch(
      /^Unknown statement 'Table 9'\. Statements: operations_quarterly/
    );
  });

  it("says a period the table lacks is not available", () => {
    expect(failureOf(f.STATEMENT("Table 3", "FY2002")).code).toBe("notAvailable");
  });
});

describe("IIJ.ITEMS", () => {
  it("lists a statement's item ids, each with a name it answers to beside it", () => {
    const rows = valueOf(f.ITEMS("Table 4"));
    expect(rows.map((row) => row[0])).toEqual(["backbone.international", "backbone.domestic"]);
    for (const [id, name] of rows) {
      expect(valueOf(f.VALUE(String(name), "4Q02"))).toBe(valueOf(f.VALUE(String(id), "4Q02")));
    }
  });

  it("lists every item once when no statement is given", () => {
    const ids = valueOf(f.ITEMS()).map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("revenues.total");
    expect(ids).not.toContain("revenues");
  });
});

describe("IIJ.PERIODS", () => {
  it("lists a statement's periods in the release's order", () => {
    expect(valueOf(f.PERIODS("cross-selling"))).toEqual([["FY2002"], ["FY2001"]]);
    expect(valueOf(f.PERIODS("operations"))).toEqual([
      ["4Q02"],
      ["3Q02"],
      ["4Q01"],
      ["FY2002"],
      ["FY2001"],
    ]);
  });

  it("lists every period of the release when no statement is given", () => {
    expect(valueOf(f.PERIODS())).toHaveLength(8);
  });
});

describe("IIJ.SHARE", () => {
  it("recomputes a share of total revenues", () => {
    expect(valueOf(f.SHARE("Value-added services", "4Q02"))).toBeCloseTo(931_399 / 13_036_439, 12);
  });

  it("recomputes a share of total assets for a balance-sheet item", () => {
    expect(valueOf(f.SHARE("assets.cash", "4Q02"))).toBeCloseTo(5_903_500 / 51_360_450, 12);
  });

  it("uses the total an item is part of when its table has no % column", () => {
    expect(valueOf(f.SHARE("bandwidth.dedicated", "4Q02"))).toBeCloseTo(32.1 / 42.0, 12);
  });

  it("accepts a base item, converting yen units", () => {
    expect(valueOf(f.SHARE("backbone.domestic", "4Q02", "Total revenues"))).toBeCloseTo(
      1_075_000 / 13_036_439,
      12
    );
  });

  it("refuses to divide contracts by yen", () => {
    expect(failureOf(f.SHARE("contracts.iij4u", "4Q02", "Total revenues")).code).toBe(
      "invalidValue"
    );
  });
});

describe("IIJ.CHANGE", () => {
  it("recomputes current ÷ base − 1", () => {
    expect(valueOf(f.CHANGE("Total revenues", "4Q02", "4Q01"))).toBeCloseTo(
      13_036_439 / 12_109_774 - 1,
      12
    );
  });

  it("divides as the release does when the base is negative", () => {
    expect(valueOf(f.CHANGE("operating_income", "4Q02", "3Q02"))).toBeCloseTo(
      -446_432 / -566_520 - 1,
      12
    );
  });

  it("needs a base period", () => {
    expect(failureOf(f.CHANGE("Total revenues", "4Q02", "")).message).toBe(
      "The base period is missing."
    );
  });
});

describe("IIJ.USD", () => {
  it("translates JPY thousands into USD thousands at the rate by default", () => {
    expect(valueOf(f.USD(13_036_439))).toBeCloseTo(13_036_439 / 118.07, 9);
  });

  it("translates yen into dollars and millions into USD thousands", () => {
    expect(valueOf(f.USD(1000, "JPY"))).toBeCloseTo(1000 / 118.07, 12);
    expect(valueOf(f.USD(459, "JPY millions"))).toBeCloseTo(459_000 / 118.07, 9);
  });

  it("refuses a unit that is not yen, and text that is not a number", () => {
    expect(failureOf(f.USD(5, "Gbps")).code).toBe("invalidValue");
    expect(failureOf(f.USD("lots")).message).toBe("The amount must be a number, not 'lots'.");
  });
});

describe("IIJ.FXRATE", () => {
  it("returns the release's rate", () => {
    expect(valueOf(f.FXRATE())).toBe(118.07);
  });
});

describe("IIJ.CHECK", () => {
  it("finds 7.7% consistent with 13,036,439 over 12,109,774 as a change", () => {
    expect(valueOf(f.CHECK(0.077, 13_036_439, 12_109_774, 1, "change"))).toBe("OK");
  });

  it("finds 100.0% consistent with a total over itself", () => {
    expect(valueOf(f.CHECK(1, 13_036_439, 13_036_439))).toBe("OK");
  });

  it("calls a share printed one unit high MINOR when the value is under a unit away", () => {
    // 931,399 / 13,036,439 = 7.1446%: 7.2 is 0.054 away from the interval, under 0.1.
    expect(valueOf(f.CHECK(0.072, 931_399, 13_036_439))).toBe("MINOR");
  });

  it("calls a share two units off MAJOR", () => {
    expect(valueOf(f.CHECK(0.073, 931_399, 13_036_439))).toBe("MAJOR");
  });

  it("honours the printed decimals", () => {
    expect(valueOf(f.CHECK(0.07, 931_399, 13_036_439, 0))).toBe("OK");
  });

  it("says a zero denominator is not checkable", () => {
    expect(failureOf(f.CHECK(0.5, 1, 0)).code).toBe("notAvailable");
  });

  it("refuses impossible decimals and kinds", () => {
    expect(failureOf(f.CHECK(0.5, 1, 2, 1.5)).code).toBe("invalidValue");
    expect(failureOf(f.CHECK(0.5, 1, 2, 1, "margin")).message).toBe(
      "Unknown kind 'margin'. Kinds: share, change."
    );
  });
});

describe("IIJ.CONTRACTS", () => {
  it("reads Table 1 by alias, label or a unique part of one", () => {
    expect(valueOf(f.CONTRACTS("Data Center", "4Q02"))).toBe(156);
    expect(valueOf(f.CONTRACTS("IIJ4U", "4Q01"))).toBe(89_213);
    expect(valueOf(f.CONTRACTS("Total Dedicated", "3Q02"))).toBe(4_719);
  });

  it("lists Table 1's items for an unknown service", () => {
    expect(failureOf(f.CONTRACTS("Total revenues", "4Q02")).message).toContain(
      "Items: Internet Data Center Connectivity Services"
    );
  });
});

describe("IIJ.BANDWIDTH", () => {
  it.each([
    ["dedicated", 32.1],
    ["data center", 9.9],
    ["total", 42.0],
  ])("reads %s bandwidth", (kind, expected) => {
    expect(valueOf(f.BANDWIDTH(kind, "4Q02"))).toBe(expected);
  });
});

describe("IIJ.BACKBONE", () => {
  it.each([
    ["international", "3Q02", 432],
    ["domestic", "4Q01", 836],
  ])("reads %s backbone costs for %s", (kind, period, expected) => {
    expect(valueOf(f.BACKBONE(kind, period))).toBe(expected);
  });

  it("says a period outside Table 4 is not available", () => {
    expect(failureOf(f.BACKBONE("domestic", "FY2002")).code).toBe("notAvailable");
  });
});
