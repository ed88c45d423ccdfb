import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { datasetSources } from "../../src/core/checks/datasetSources";
import { compileRules } from "../../src/core/checks/compileRules";
import type { Finding } from "../../src/core/checks/Finding";
import { runChecks } from "../../src/core/checks/runChecks";
import type { Severity } from "../../src/core/checks/Severity";
import { a1 } from "../../src/core/layout/a1";
import { asFraction } from "../../src/core/layout/asFraction";
import { buildWorkbookPlan, placementKey } from "../../src/core/layout/buildWorkbookPlan";
import { gridSources } from "../../src/core/layout/gridSources";
import type { LayoutOptions } from "../../src/core/layout/LayoutOptions";
import type { WorkbookPlan } from "../../src/core/layout/WorkbookPlan";
import { buildIndex } from "../../src/core/model/buildIndex";
import type { RoundingMode } from "../../src/core/numbers/RoundingMode";
import { dataset } from "../../src/data";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { insertRow, planGrids } from "../support/planVersusEngine";
import { type CalcCell, convertWithLibreOffice, readCalcHtml } from "./support/libreOffice";

const ROOT = resolve(__dirname, "../..");
const index = buildIndex(dataset);
const rules = compileRules(index);
const COLORS: Readonly<Record<string, Severity>> = { FFC7CE: "major", FFEB9C: "minor" };
const work = mkdtempSync(join(tmpdir(), "iij-e2e-"));

async function recalculated(plan: WorkbookPlan, name: string): Promise<Map<string, CalcCell[][]>> {
  const file = join(work, `${name}.xlsx`);
  await renderWorkbook(plan).xlsx.writeFile(file);
  return readCalcHtml(await convertWithLibreOffice(file, "html"));
}

/** Cell → the highlight LibreOffice shows: red wins over amber, as the plan orders them. */
function shownHighlights(sheets: Map<string, CalcCell[][]>): Map<string, Severity> {
  const shown = new Map<string, Severity>();
  for (const [sheet, rows] of sheets) {
    rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const severity = cell.background === null ? undefined : COLORS[cell.background];
        if (severity !== undefined) {
          shown.set(`${sheet}!${a1(r, c)}`, severity);
        }
      })
    );
  }
  return shown;
}

/**
 * Cell → the most severe finding the engine reports there; edition findings are listed on the
 * Checks sheet and not highlighted.
 */
function expectedHighlights(
  plan: WorkbookPlan,
  findings: ReadonlyArray<Finding>
): Map<string, Severity> {
  const placed = new Map(plan.placements.map((p) => [placementKey(p.edition, p.ref), p]));
  const expected = new Map<string, Severity>();
  for (const f of findings.filter((x) => x.kind !== "edition")) {
    const p = placed.get(placementKey(f.edition, f.where));
    const key = `${p?.sheet}!${p?.address}`;
    if (expected.get(key) !== "major") {
      expected.set(key, f.severity);
    }
  }
  return expected;
}

describe.each<RoundingMode>(["round", "truncate"])(
  "the exported workbook of both editions (%s), recalculated by LibreOffice",
  (mode) => {
    const plan = buildWorkbookPlan(index, { edition: "both", mode, highlightMinor: true });
    let sheets: Map<string, CalcCell[][]>;

    beforeAll(async () => {
      sheets = await recalculated(plan, `both-${mode}`);
    });

    it("highlights exactly the cells of the engine's findings, red for major and amber for minor", () => {
      const report = runChecks(rules, datasetSources(index), mode);
      const expected = expectedHighlights(plan, report.findings);
      expect(expected.size).toBeGreaterThan(0);
      expect(shownHighlights(sheets)).toEqual(expected);
    });

    it("holds every figure of the dataset, as the dataset prints it", () => {
      const datasetValue = (p: WorkbookPlan["placements"][number]): number => {
        const figure =
          p.ref.table === "claims"
            ? dataset.claims.find((c) => c.id === p.ref.item)!.claimed
            : index.tables.get(p.ref.table)!.figures[p.edition]![p.ref.item]![
                index.columnPositions.get(`${p.ref.table}|${p.ref.column}`)!
              ]!;
        return figure.value === null
          ? 0
          : p.storage === "percent"
            ? asFraction(figure.value)
            : figure.value;
      };
      expect(plan.placements.length).toBeGreaterThan(1000);
      for (const p of plan.placements) {
        const cell = sheets.get(p.sheet)?.[p.row]?.[p.column];
        expect({ at: `${p.sheet}!${p.address}`, value: cell?.value }).toEqual({
          at: `${p.sheet}!${p.address}`,
          value: datasetValue(p),
        });
      }
    });

    it("shows the Checks sheet's links, computed, with the cell they lead to", () => {
      const checks = plan.sheets.find((s) => s.key === "checks")!;
      expect(checks.links.length).toBeGreaterThan(0);
      for (const link of checks.links) {
        const m = /^([A-Z]+)(\d+)$/.exec(link.address)!;
        const cell = sheets.get(checks.name)?.[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
        expect(cell?.text).toBe(link.text);
      }
    });

    it("computes the claims' recomputed values from the tables' cells", () => {
      const claims = plan.sheets.find((s) => s.key === "en:claims")!;
      const column = 5;
      const rows = claims.values
        .map((r, i) => [r, i] as const)
        .filter(([r]) => typeof r[column] === "string" && (r[column] as string).startsWith("="));
      expect(rows.length).toBeGreaterThan(0);
      for (const [, i] of rows) {
        expect(typeof sheets.get(claims.name)?.[i]?.[column]?.value).toBe("number");
      }
    });
  }
);

describe.each<[LayoutOptions["edition"], RoundingMode]>([
  ["en", "round"],
  ["en", "truncate"],
  ["ja", "round"],
  ["ja", "truncate"],
])("the exported workbook of edition %s (%s), recalculated by LibreOffice", (edition, mode) => {
  it("highlights exactly the cells of the engine's findings", async () => {
    const plan = buildWorkbookPlan(index, { edition, mode, highlightMinor: true });
    const report = runChecks(rules, gridSources(plan, planGrids(plan)), mode);
    const expected = expectedHighlights(plan, report.findings);
    expect(expected.size).toBeGreaterThan(0);
    expect(shownHighlights(await recalculated(plan, `${edition}-${mode}`))).toEqual(expected);
  });
});

describe("a workbook a user has edited", () => {
  it("is highlighted by LibreOffice exactly where the engine, reading the edited cells, finds", async () => {
    const plan = buildWorkbookPlan(index, { edition: "both", mode: "round", highlightMinor: true });
    const grids = planGrids(plan);
    // A share nudged by two units, an amount typed as text, a total blanked, a USD figure off by 5.
    const edits: Array<[number, (old: number) => number | string]> = [
      [
        plan.placements.findIndex((p) => p.storage === "percent" && p.decimals === 1),
        (v) => v + 0.002,
      ],
      [plan.placements.findIndex((p) => p.ref.item === "revenues.dialup_access"), () => "n/a"],
      [plan.placements.findIndex((p) => p.ref.item === "assets.total"), () => ""],
      [plan.placements.findIndex((p) => p.ref.column.startsWith("usd_")), (v) => v + 5],
    ];
    const values = plan.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
    for (const [i, change] of edits) {
      const p = plan.placements[i];
      const sheet = values.find((s) => s.name === p.sheet)!;
      const next = change(sheet.values[p.row][p.column] as number);
      sheet.values[p.row][p.column] = next === "" ? null : next;
      grids[p.sheet][p.row][p.column] = next;
    }
    const edited: WorkbookPlan = { ...plan, sheets: values };
    const report = runChecks(rules, gridSources(plan, grids), "round");
    const pristine = runChecks(rules, datasetSources(index), "round");
    const expected = expectedHighlights(plan, report.findings);
    expect(expected).not.toEqual(expectedHighlights(plan, pristine.findings));
    const sheets = await recalculated(edited, "edited");
    expect(shownHighlights(sheets)).toEqual(expected);
  });
});

describe.each<RoundingMode>(["round", "truncate"])(
  "a workbook with rows inserted inside rules (%s)",
  (mode) => {
    it("is highlighted by LibreOffice over the grown ranges exactly where the engine finds", async () => {
      let plan = buildWorkbookPlan(index, { edition: "both", mode, highlightMinor: true });
      let grids = planGrids(plan);
      // Inside a share column and a claims rule, and above a reconciliation that reads its
      // mirrors below the tables; the figure just below each inserted row moved by three units.
      const range = (sheetName: string, rule: string, rows: number) => {
        const sheet = plan.sheets.find((s) => s.name === sheetName)!;
        const [, column, top] = sheet.highlights
          .filter((h) => h.rule === rule)
          .map((h) => /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(h.range))
          .find((m) => m !== null && Number(m[3]) - Number(m[2]) + 1 >= rows)!;
        const at = Number(top) - 1 + rows - 1;
        return { sheet: sheet.name, at, address: `${column}${at + 2}` };
      };
      const targets = [
        range("Operations (Quarterly)", "share", 2),
        range("Cash Flows (Quarterly)", "reconciliation", 1),
        range(plan.sheets.find((s) => s.key === "en:claims")!.name, "claim", 2),
      ];
      for (const { sheet, at, address } of targets) {
        ({ plan, grids } = insertRow(plan, grids, sheet, at));
        const p = plan.placements.find((x) => x.sheet === sheet && x.address === address)!;
        const old = grids[sheet][p.row][p.column] as number;
        grids[sheet][p.row][p.column] =
          old + (3 * 10 ** -p.decimals) / (p.storage === "percent" ? 100 : 1);
      }
      const edited: WorkbookPlan = {
        ...plan,
        sheets: plan.sheets.map((s) => ({
          ...s,
          values: grids[s.name] as WorkbookPlan["sheets"][number]["values"],
        })),
      };
      const report = runChecks(rules, gridSources(plan, grids), mode);
      const expected = expectedHighlights(plan, report.findings);
      for (const { sheet, address } of targets) {
        expect(expected.has(`${sheet}!${address}`)).toBe(true);
      }
      const sheets = await recalculated(edited, `inserted-${mode}`);
      expect(shownHighlights(sheets)).toEqual(expected);
    });
  }
);

describe("a page of the workbook", () => {
  it("renders to a PNG for the README", async () => {
    const plan = buildWorkbookPlan(index, {
      edition: "en",
      tables: ["operations"],
      mode: "round",
      highlightMinor: true,
    });
    const first: WorkbookPlan = { ...plan, sheets: plan.sheets.slice(0, 1) };
    const file = join(work, "page.xlsx");
    await renderWorkbook(first).xlsx.writeFile(file);
    const pdf = await convertWithLibreOffice(file, "pdf");
    const artifacts = join(ROOT, "artifacts");
    mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(artifacts, "workbook-sheet"),
    ]);
    const png = join(artifacts, "workbook-sheet.png");
    mkdirSync(join(ROOT, "docs", "images"), { recursive: true });
    copyFileSync(png, join(ROOT, "docs", "images", "workbook-sheet.png"));
    writeFileSync(join(artifacts, "workbook-sheet.txt"), `${plan.sheets[0].name}\n`);
    expect(execFileSync("file", [png]).toString()).toMatch(/PNG image data/);
  });
});
