import { fakeRun } from "../bench/excel.bench";

describe("the Excel benchmark", () => {
  it("splits the load by size, with calls growing with tables, not cells", async () => {
    const figures = (await fakeRun()) as Array<Record<string, number | string>>;
    const byName = new Map(figures.map((f) => [f.figure, f]));
    const load = Number(byName.get("full load, both editions")?.syncs);
    // One read, then more than one write request: the full load no longer fits one request.
    expect(load).toBeGreaterThan(2);
    expect(Number(byName.get("load ×10 tables")?.syncs)).toBeGreaterThan(load);
    expect(byName.get("full check, both editions")?.syncs).toBeLessThanOrEqual(3);
    expect(byName.get("load ×10 rows (cells)")?.callsPerBase).toBeLessThan(2);
    expect(byName.get("load ×10 tables")?.callsPerBase).toBeGreaterThan(8);
  });
});
