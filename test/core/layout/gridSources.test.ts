import { explainCellProblem } from "../../../src/core/checks/explainCellProblem";
import { buildWorkbookPlan } from "../../../src/core/layout/buildWorkbookPlan";
import { gridSources } from "../../../src/core/layout/gridSources";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import { planGrids } from "../../support/planVersusEngine";

const plan = buildWorkbookPlan(buildIndex(dataset), {
  edition: "en",
  mode: "round",
  highlightMinor: true,
});
const percent = plan.placements.find((p) => p.storage === "percent" && p.decimals === 1)!;
const amount = plan.placements.find((p) => p.storage === "amount" && p.printedNil !== true)!;
const nil = plan.placements.find((p) => p.printedNil === true);

function readWith(cell: typeof percent, value: number | string | boolean | null) {
  const grids = planGrids(plan);
  grids[cell.sheet][cell.row][cell.column] = value;
  return gridSources(plan, grids).en!(cell.ref);
}

describe("gridSources", () => {
  it("reads a percent cell's fraction back as the printed percentage", () => {
    expect(readWith(percent, 0.073)).toEqual({
      kind: "figure",
      value: 7.3,
      decimals: 1,
      text: "7.3%",
    });
  });

  it("reads an amount as a figure with its printed decimals", () => {
    expect(readWith(amount, -1385)).toMatchObject({
      kind: "figure",
      value: -1385,
      text: "(1,385)",
    });
  });

  it("reads a 0 where the release prints a dash as nil, and another number as a figure", () => {
    expect(nil).toBeDefined();
    expect(readWith(nil!, 0)).toMatchObject({ kind: "figure", value: null });
    expect(readWith(nil!, 5)).toMatchObject({ kind: "figure", value: 5 });
  });

  it.each<[string, string | boolean | null, RegExp]>([
    ["text", "n/a", /holds the text "n\/a"/],
    ["a blank", "", /is blank/],
    ["an empty cell", null, /is blank/],
    ["an Excel error", "#DIV/0!", /holds the error #DIV\/0!/],
    ["a boolean", true, /holds TRUE/],
  ])("reads %s as unreadable, with the reason", (_, value, reason) => {
    const reading = readWith(amount, value);
    expect(reading.kind).toBe("unreadable");
    expect(reading.kind === "unreadable" && explainCellProblem(reading.reason).en).toMatch(reason);
  });

  it("answers absent for a cell the plan did not place, and gives no source for an edition it did not lay out", () => {
    const sources = gridSources(plan, planGrids(plan));
    expect(sources.en!({ table: "nowhere", item: "x", column: "y" })).toEqual({ kind: "absent" });
    expect(sources.ja).toBeUndefined();
  });
});
