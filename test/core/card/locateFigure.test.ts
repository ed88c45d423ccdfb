import { locateFigure } from "../../../src/core/card/locateFigure";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);

describe("locateFigure", () => {
  it("finds each column of an item's period", () => {
    const columns = (["amount", "share", "yoy", "qoq", "usd"] as const).map((c) => {
      const found = locateFigure(index, "revenues.value_added", "4Q02", c, "en");
      return found.ok ? found.ref.column : found.message;
    });
    expect(columns).toEqual(["jpy_4Q02", "share_4Q02", "yoy", "qoq", "usd_4Q02"]);
  });

  it("finds an item by its printed label", () => {
    const found = locateFigure(index, "Total revenues", "FY2002", "amount", "ja");
    expect(found).toEqual({
      ok: true,
      ref: { table: "operations_annual", item: "revenues.total", column: "jpy_FY2002" },
    });
  });

  it("names the items that exist for an unknown item", () => {
    const found = locateFigure(index, "revenue of mars", "4Q02", "amount", "en");
    expect(found.ok).toBe(false);
    expect(found.ok ? "" : found.message).toContain("revenues.value_added");
  });

  it("names the periods and columns that exist for an unknown period", () => {
    const found = locateFigure(index, "revenues.total", "5Q02", "yoy", "en");
    expect(found.ok ? "" : found.message).toMatch(/Periods with one: 4Q02, FY2002\.$/);
    const share = locateFigure(index, "assets.total", "2003-03-31", "qoq", "en");
    expect(share.ok ? "" : share.message).toContain("no qoq figure");
  });
});
