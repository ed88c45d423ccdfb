import { buildWorkbookPlan } from "../../src/core/layout/buildWorkbookPlan";
import type { LayoutOptions } from "../../src/core/layout/LayoutOptions";
import { buildIndex } from "../../src/core/model/buildIndex";
import type { Dataset } from "../../src/core/model/Dataset";
import { dataset } from "../../src/data";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";

/** The release with every table copied `times` times under new ids: a workbook `times` as large. */
function scaled(times: number): Dataset {
  const copies = Array.from({ length: times - 1 }, (_, k) =>
    dataset.tables.map((t) => ({ ...t, id: `${t.id}_copy${k + 1}` }))
  ).flat();
  return { ...dataset, tables: [...dataset.tables, ...copies] };
}

async function measure(name: string, data: Dataset, edition: LayoutOptions["edition"]) {
  const index = buildIndex(data);
  global.gc?.();
  const before = process.memoryUsage();
  let peak = before.heapUsed;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = process.hrtime.bigint();
  const plan = buildWorkbookPlan(index, { edition, mode: "round", highlightMinor: true });
  const planned = process.hrtime.bigint();
  const bytes = (await renderWorkbook(plan).xlsx.writeBuffer()).byteLength;
  const end = process.hrtime.bigint();
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const cells = plan.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
  return {
    figure: name,
    edition,
    sheets: plan.sheets.length,
    cells,
    highlights: plan.sheets.reduce((n, s) => n + s.highlights.length, 0),
    planMs: Number(planned - start) / 1e6,
    exportMs: Number(end - start) / 1e6,
    bytes,
    peakHeapMB: (peak - before.heapUsed) / 2 ** 20,
    rssMB: process.memoryUsage().rss / 2 ** 20,
  };
}

/** Cells a highlight range covers ("D8:D30" → 23). */
function cellsOf(range: string): number {
  const [from, to = from] = range.split(":");
  const at = (a: string) => ({
    row: Number(a.replace(/[A-Z]+/, "")),
    column: [...a.replace(/\d+/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
  });
  return (at(to).row - at(from).row + 1) * (at(to).column - at(from).column + 1);
}

/**
 * The conditional-format rules and workbook names of a load of both editions with minor
 * highlights, per rounding mode: rules written, cells they cover (one rule per cell and
 * severity was the baseline), names, the longest rule formula and how many pass 255 characters.
 */
function rules(mode: LayoutOptions["mode"]): object {
  const plan = buildWorkbookPlan(buildIndex(dataset), {
    edition: "both",
    mode,
    highlightMinor: true,
  });
  const highlights = plan.sheets.flatMap((s) => s.highlights);
  const book = renderWorkbook(plan);
  const xlsxNames = new Set<string>();
  book.definedNames.forEach((name) => xlsxNames.add(name));
  const lengths = highlights.map((h) => h.formula.length);
  return {
    figure: "rules",
    edition: "both",
    mode,
    highlightMinor: true,
    rules: highlights.length,
    cellRules: highlights.reduce((n, h) => n + cellsOf(h.range), 0),
    names: plan.names.length,
    longestRuleFormula: Math.max(...lengths),
    rulesOver255: lengths.filter((n) => n > 255).length,
    // What the .xlsx export writes from the same plan, read from the exceljs workbook.
    xlsxRules: book.worksheets.reduce(
      (n, ws) =>
        n +
        ((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings?.length ??
          0),
      0
    ),
    xlsxNames: xlsxNames.size,
  };
}

/**
 * The rules and names of a full load in each rounding mode; export time and memory of the .xlsx
 * workbook: each edition, both, and a release ten times as large, with the ratio of time per
 * cell at ×10 to time per cell at ×1 (1 means linear growth).
 *
 * @returns one object per figure
 */
export async function run(): Promise<object[]> {
  await measure("warm-up", dataset, "both");
  const en = await measure("release", dataset, "en");
  const ja = await measure("release", dataset, "ja");
  const base = await measure("release", dataset, "both");
  const large = await measure("release x10", scaled(10), "both");
  return [
    rules("round"),
    rules("truncate"),
    en,
    ja,
    base,
    large,
    {
      figure: "growth x10",
      cellsRatio: large.cells / base.cells,
      timeRatio: large.exportMs / base.exportMs,
      timePerCellRatio: large.exportMs / large.cells / (base.exportMs / base.cells),
      realWorkbookUnderOneSecond: base.exportMs < 1000,
    },
  ];
}
