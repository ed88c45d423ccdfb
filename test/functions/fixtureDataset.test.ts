import json from "../../src/data/release.json";
import type { Dataset } from "../../src/core/model/Dataset";
import { INVENTED_FIGURES, fixtureDataset } from "./support/fixtureDataset";

/**
 * The functions' fixture is what its comment says: the release's facts, rate and periods, and the
 * English release's figures at the same table, row and column, except the cells it lists as its own.
 */

const release = json as unknown as Dataset;

/** Every English figure of the fixture as [cell, same as the release's]. */
function englishCells(): Array<readonly [string, boolean]> {
  return fixtureDataset.tables.flatMap((table) => {
    const real = release.tables.find((t) => t.id === table.id);
    return Object.entries(table.figures.en ?? {}).flatMap(([item, list]) =>
      list.map((figure, j) => {
        const column = table.columns[j].id;
        const k = real?.columns.findIndex((c) => c.id === column) ?? -1;
        const printed = real?.figures.en?.[item]?.[k] ?? null;
        const same = JSON.stringify(printed) === JSON.stringify(figure);
        return [`${table.id}/${item}/${column}`, same] as const;
      })
    );
  });
}

describe("the functions' fixture", () => {
  it("holds the release's facts, rate and periods", () => {
    expect(fixtureDataset.release).toEqual(release.release);
    expect(fixtureDataset.fxRate).toEqual(release.fxRate);
    expect(fixtureDataset.periods).toEqual(release.periods);
  });

  it("holds the English release's figure in every cell but those it lists as invented", () => {
    const cells = englishCells();
    const differing = cells.filter(([, same]) => !same).map(([cell]) => cell);
    expect(cells.length).toBeGreaterThan(80);
    expect(differing.sort()).toEqual([...INVENTED_FIGURES].sort());
  });

  it("only names tables and rows the release has", () => {
    const unknown = fixtureDataset.tables.flatMap((table) => {
      const real = release.tables.find((t) => t.id === table.id);
      return table.rows
        .filter((row) => real?.rows.find((r) => r.id === row.id) === undefined)
        .map((row) => `${table.id}/${row.id}`);
    });
    expect(unknown).toEqual([]);
  });
});
