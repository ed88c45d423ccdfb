import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import { smallDataset } from "../support/taskpaneFixture";

const placements = jest.fn(() => [
  {
    edition: "en" as const,
    ref: { table: "operations_quarterly", item: "revenues.si", column: "share_4Q02" },
    sheet: "Operations",
    address: "C5",
    row: 4,
    column: 2,
    storage: "percent" as const,
    decimals: 1,
  },
]);

describe("createReleaseEngine", () => {
  const engine = createReleaseEngine(smallDataset, placements);

  it("finds the misprinted share as a major finding", () => {
    const report = engine.checkRelease("round");
    const share = report.findings.filter((f) => f.kind === "share");
    expect(share.map((f) => [f.edition, f.where.item, f.severity])).toEqual([
      ["en", "revenues.si", "major"],
    ]);
  });

  it("locates a finding through the plan's placements and the renamed sheets", () => {
    const finding = engine.checkRelease("round").findings.find((f) => f.kind === "share");
    expect(finding).toBeDefined();
    const loaded = {
      options: { edition: "en" as const, mode: "round" as const, highlightMinor: true },
      renamed: [{ wanted: "Operations", actual: "Operations (2)" }],
    };
    expect(engine.locate(finding!, loaded)).toEqual({ sheet: "Operations (2)", address: "C5" });
    expect(engine.locate({ ...finding!, edition: "ja" }, loaded)).toBeNull();
  });

  it("builds the placements once for the same load options", () => {
    placements.mockClear();
    const finding = engine.checkRelease("round").findings[0];
    const loaded = {
      options: { edition: "both" as const, mode: "round" as const, highlightMinor: false },
      renamed: [],
    };
    engine.locate(finding, loaded);
    engine.locate(finding, loaded);
    expect(placements).toHaveBeenCalledTimes(1);
  });

  it("shows the Japanese edition's labels and figures in Japanese", () => {
    const [table] = engine.tables("ja");
    expect(table.title).toBe("損益計算書");
    expect(table.headers).toEqual(["当四半期", "構成比"]);
    expect(table.unit).toBe("千円");
    expect(table.rows.find((r) => r.id === "revenues.si")?.cells).toEqual(["1,000,000", "40.0%"]);
    expect(table.rows.find((r) => r.id === "revenues")?.cells).toEqual([]);
  });
});
