import { createReleaseEngine } from "../../../src/taskpane/services/createReleaseEngine";
import { smallDataset } from "../support/taskpaneFixture";

describe("createReleaseEngine", () => {
  const engine = createReleaseEngine(smallDataset);

  it("finds the misprinted share as a major finding", () => {
    const report = engine.checkRelease("round");
    const share = report.findings.filter((f) => f.kind === "share");
    expect(share.map((f) => [f.edition, f.where.item, f.severity])).toEqual([
      ["en", "revenues.si", "major"],
    ]);
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
