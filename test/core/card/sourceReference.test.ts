import { sourceReference } from "../../../src/core/card/sourceReference";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);

describe("sourceReference (what =IIJ.SOURCE returns)", () => {
  it("names section, row, column and line of an amount by default", () => {
    const line =
      dataset.tables[0].lines?.en?.[
        dataset.tables[0].rows.findIndex((r) => r.id === "revenues.value_added")
      ];
    expect(sourceReference(index, "Value-added services", "4Q02")).toEqual({
      ok: true,
      text: `Appendix 1 · Value-added services · Mar 31, 2003 JPY · line ${line}`,
    });
  });

  it("answers for a change column and in Japanese", () => {
    const yoy = sourceReference(index, "revenues.total", "FY2002", "yoy", "ja");
    expect(yoy.ok ? yoy.text : yoy.message).toMatch(
      /^Appendix 2 · 営業収益合計 · 対前年通期 % · \d+行目$/
    );
  });

  it("gives the message that lists what exists for a period the item lacks", () => {
    const bad = sourceReference(index, "revenues.total", "2003-03-31");
    expect(bad.ok ? "" : bad.message).toContain("Periods with one:");
  });
});
