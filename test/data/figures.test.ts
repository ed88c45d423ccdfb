import json from "../../src/data/release.json";
import type { Dataset } from "../../src/core/model/Dataset";
import type { ReportedFigure } from "../../src/core/model/ReportedFigure";
import { parseReported } from "../../src/core/numbers/parseReported";

/**
 * Every figure the dataset holds carries its printed text and, beside it, the value and decimals
 * that text stands for: both must agree with the one parser of printed figures in core/numbers.
 */

const data = json as unknown as Dataset;

/** Every figure of every table as [where, figure]. */
function allFigures(): Array<readonly [string, ReportedFigure]> {
  return data.tables.flatMap((table) =>
    Object.entries(table.figures).flatMap(([edition, byItem]) =>
      Object.entries(byItem ?? {}).flatMap(([item, list]) =>
        list.flatMap((f, j) =>
          f === null ? [] : [[`${table.id}/${edition}/${item}[${j}]`, f] as const]
        )
      )
    )
  );
}

describe("the dataset's figures", () => {
  it("holds every figure's value and decimals as parseReported reads its text", () => {
    const figures = allFigures();
    const wrong = figures
      .filter(([, f]) => {
        const read = parseReported(f.text);
        return read === null || read.value !== f.value || read.decimals !== f.decimals;
      })
      .map(([where, f]) => `${where}: ${JSON.stringify(f)}`);
    expect(figures.length).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});
