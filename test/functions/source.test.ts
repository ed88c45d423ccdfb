import { buildIndex } from "../../src/core/model/buildIndex";
import { sourceReference } from "../../src/core/card/sourceReference";
import { dataset } from "../../src/data";
import { createFunctionsCore } from "../../src/functions/pure/functionsCore";

/** =IIJ.SOURCE: the card's one-line reference as a worksheet function, with Excel's errors. */
const index = buildIndex(dataset);
const f = createFunctionsCore(index);

describe("IIJ.SOURCE", () => {
  it("answers the card's own reference line, in either edition", () => {
    for (const edition of ["en", "ja"] as const) {
      const expected = sourceReference(index, "Total assets", "2003-03-31", "share", edition);
      expect(expected.ok).toBe(true);
      expect(f.SOURCE("Total assets", "2003-03-31", "share", edition)).toEqual({
        ok: true,
        value: expected.ok ? expected.text : "",
      });
    }
    const en = f.SOURCE("Total assets", "2003-03-31", "amount", "en");
    const ja = f.SOURCE("Total assets", "2003-03-31", "amount", "ja");
    expect(en.ok && ja.ok && en.value !== ja.value).toBe(true);
  });

  it("reads the column as typed in any case or width", () => {
    expect(f.SOURCE("Value-added services", "4Q02", "ＳＨＡＲＥ")).toEqual(
      f.SOURCE("Value-added services", "4Q02", "share")
    );
  });

  it("is #VALUE! naming the columns for an unknown column", () => {
    const result = f.SOURCE("Value-added services", "4Q02", "percent");
    expect(result).toMatchObject({ ok: false, code: "invalidValue" });
    expect(result.ok ? "" : result.message).toBe(
      "Unknown column 'percent'. Columns: amount, share, yoy, qoq, usd."
    );
  });

  it("is #VALUE! for a period the item does not have, or an unknown edition", () => {
    const period = f.SOURCE("Value-added services", "5Q02");
    expect(period).toMatchObject({ ok: false, code: "invalidValue" });
    expect(period.ok ? "" : period.message).toMatch(/5Q02/);
    expect(f.SOURCE("Value-added services", "4Q02", "amount", "fr")).toMatchObject({
      ok: false,
      code: "invalidValue",
    });
  });
});
