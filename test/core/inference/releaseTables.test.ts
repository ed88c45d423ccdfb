import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import { runChecks } from "../../../src/core/checks/runChecks";
import { checkGrid } from "../../../src/core/inference/checkGrid";
import { buildIndex } from "../../../src/core/model/buildIndex";
import type { Edition } from "../../../src/core/model/Edition";
import { dataset } from "../../../src/data";
import { type PasteStyle, renderReleaseGrid } from "./renderReleaseGrid";

const index = buildIndex(dataset);
const release = runChecks(compileRules(index), datasetSources(index), "round");
const KINDS = new Set(["share", "change", "footing"]);

const STYLES: ReadonlyArray<PasteStyle> = [
  { headers: "release", percents: "bare", spacers: false, movePercents: false },
  { headers: "plain", percents: "sign", spacers: true, movePercents: false },
  { headers: "none", percents: "bare", spacers: false, movePercents: true },
  { headers: "none", percents: "format", spacers: true, movePercents: false },
  { headers: "release", percents: "format", spacers: false, movePercents: true },
  { headers: "plain", percents: "bare", spacers: true, movePercents: true },
];

function releaseFindings(table: string, edition: Edition): string[] {
  return release.findings
    .filter((f) => f.where.table === table && f.edition === edition && KINDS.has(f.kind))
    .map((f) => `${f.kind} ${f.where.item}|${f.where.column} ${f.severity} ${f.reported.value}`)
    .sort();
}

describe("the release's tables pasted as plain grids", () => {
  const cases = dataset.tables.flatMap((table) =>
    (["en", "ja"] as const)
      .filter((edition) => table.figures[edition] !== undefined)
      .flatMap((edition) => STYLES.map((style) => ({ table, edition, style })))
  );
  it.each(cases.map((c) => [c.table.id, c.edition, JSON.stringify(c.style), c] as const))(
    "%s (%s, %s) gives the release's share, change and footing findings and nothing else",
    (_id, _edition, _style, { table, edition, style }) => {
      const { grid, placed } = renderReleaseGrid(table, edition, style);
      const back = new Map([...placed].map(([k, v]) => [v, k]));
      const checked = checkGrid(grid, "round");
      const found = checked.findings
        .map(
          (f) =>
            `${f.kind} ${back.get(`${f.where.item},${f.where.column}`) ?? f.cell} ${f.severity} ${f.reported.value}`
        )
        .sort();
      expect(found).toEqual(releaseFindings(table.id, edition));
    }
  );
});
