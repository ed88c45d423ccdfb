import { buildWorkbookPlan } from "../../../src/core/layout/buildWorkbookPlan";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const plan = buildWorkbookPlan(buildIndex(dataset), {
  edition: "both",
  mode: "round",
  highlightMinor: true,
});

const cells = plan.sheets.flatMap((sheet) =>
  sheet.values.flatMap((row, r) =>
    row.map((value, c) => ({ sheet: sheet.name, r, c, value, format: sheet.numberFormats[r][c] }))
  )
);

/** Text Excel would turn into a number or a date when written as a value into a General cell. */
const CONVERTIBLE =
  /^\s*[-+]?(\d[\d,]*(\.\d+)?%?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?)\s*$/;

describe("the number format of text cells", () => {
  it("is Text (@) for every text that is not a formula, so Excel keeps it as written", () => {
    const text = cells.filter((x) => typeof x.value === "string" && !x.value.startsWith("="));
    expect(text.some((x) => CONVERTIBLE.test(String(x.value)))).toBe(true);
    expect(text.filter((x) => x.format !== "@")).toEqual([]);
  });

  it("is never Text for numbers or formulas, which Excel must still compute", () => {
    const rest = cells.filter((x) => typeof x.value !== "string" || x.value.startsWith("="));
    expect(rest.filter((x) => x.value !== null && x.format === "@")).toEqual([]);
  });
});
