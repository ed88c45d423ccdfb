import fc from "fast-check";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { periodId } from "../../../src/core/periods/periodId";

const idOf = (text: string): string | null => {
  const parsed = parsePeriod(text);
  return parsed.ok ? periodId(parsed.query) : null;
};

describe("parsePeriod", () => {
  it.each([
    ["4Q02", "4Q02"],
    ["4q02", "4Q02"],
    ["Q4 FY2002", "4Q02"],
    ["FY2002 Q4", "4Q02"],
    ["FY2002Q4", "4Q02"],
    ["3Q02", "3Q02"],
    ["FY2002", "FY2002"],
    ["FY02", "FY2002"],
    ["2002", "FY2002"],
    ["ＦＹ２００２", "FY2002"],
    ["2002年度第4四半期", "4Q02"],
    ["2002年度", "FY2002"],
    ["2003-03-31", "2003-03-31"],
    ["Mar 31, 2003", "2003-03-31"],
    ["March 31, 2003", "2003-03-31"],
    ["2003/3/31", "2003-03-31"],
  ])("reads %s as %s", (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it("says how to write a calendar quarter in fiscal terms", () => {
    const parsed = parsePeriod("Q1 2003");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain("4Q02");
  });

  it("refuses a quarter without a year, and an impossible date", () => {
    expect(parsePeriod("Q4").ok).toBe(false);
    expect(parsePeriod("2003-02-30").ok).toBe(false);
    expect(parsePeriod("Q5").ok).toBe(false);
    expect(parsePeriod("").ok).toBe(false);
  });

  it("reads every fiscal quarter it writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2069 }),
        fc.integer({ min: 1, max: 4 }),
        (year, q) => {
          const id = periodId({ kind: "quarter", fiscalYear: year, quarter: q as 1 | 2 | 3 | 4 });
          expect(idOf(id)).toBe(id);
          expect(idOf(`Q${q} FY${year}`)).toBe(id);
        }
      )
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        const parsed = parsePeriod(text);
        expect(parsed.ok || parsed.message.length > 0).toBe(true);
      })
    );
  });
});
