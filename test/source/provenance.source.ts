import { tidyFigures } from "../../src/cli/tidyFigures";
import { dataset } from "../../src/data";
import { cleanLabel, sourceLines, withoutMarkup } from "./printedTables";

/**
 * Provenance: every figure `npm run export` writes names the line of the release's text that
 * prints it; that line holds the figure as one of its tab-separated cells, and the row's label.
 */

const figures = tidyFigures(dataset, ["en", "ja"]);

/** The table the release prints as one row, its services' names on the header line above. */
const TRANSPOSED = "cross_selling";

function labelsNear(line: number, table: string): string[] {
  const lines = sourceLines();
  const at = (n: number): string[] => (lines[n - 1] ?? "").split("\t").map(cleanLabel);
  return table === TRANSPOSED ? [...at(line), ...at(line - 1), ...at(line - 2)] : at(line);
}

describe("where every exported figure is printed", () => {
  it("names a line for every figure of both editions", () => {
    expect(figures.length).toBeGreaterThan(1000);
    expect(figures.filter((f) => f.line === null)).toEqual([]);
  });

  it("finds each figure's text as a cell of its line", () => {
    const lines = sourceLines();
    const misplaced = figures.filter((f) => {
      const cells = (lines[(f.line ?? 0) - 1] ?? "").split("\t").map(withoutMarkup);
      return !cells.includes(f.text);
    });
    expect(
      misplaced.map((f) => `${f.edition} ${f.table} ${f.item} ${f.column} @${f.line}`)
    ).toEqual([]);
  });

  it("finds each figure's row label on its line (the transposed table: on its header)", () => {
    const missing = figures.filter((f) => {
      const labels = labelsNear(f.line ?? 0, f.table);
      return !labels.some((cell) => cell === f.label || cell.endsWith(` ${f.label}`));
    });
    expect(missing.map((f) => `${f.edition} ${f.table} ${f.item} '${f.label}' @${f.line}`)).toEqual(
      []
    );
  });

  it("moves the line with the figure: a line one off no longer holds it", () => {
    const lines = sourceLines();
    const shifted = figures.filter((f) => {
      const cells = (lines[f.line ?? 0] ?? "").split("\t").map(withoutMarkup);
      return cells.includes(f.text) && labelsNear((f.line ?? 0) + 1, f.table).includes(f.label);
    });
    expect(shifted).toEqual([]);
  });
});
