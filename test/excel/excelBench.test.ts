import { run } from "../bench/excel.bench";

describe("the Excel benchmark", () => {
  it("loads in two syncs whatever the number of tables, with calls growing with tables, not cells", async () => {
    const figures = (await run()) as Array<Record<string, number | string>>;
    const byName = new Map(figures.map((f) => [f.figure, f]));
    expect(byName.get("full load, both editions")?.syncs).toBe(2);
    expect(byName.get("load ×10 tables")?.syncs).toBe(2);
    expect(byName.get("full check, both editions")?.syncs).toBeLessThanOrEqual(3);
    expect(byName.get("load ×10 rows (cells)")?.callsPerBase).toBeLessThan(2);
    expect(byName.get("load ×10 tables")?.callsPerBase).toBeGreaterThan(8);
  });
});
