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

/**
 * Export time and memory of the .xlsx workbook: each edition, both, and a release ten times as
 * large, with the ratio of time per cell at ×10 to time per cell at ×1 (1 means linear growth).
 *
 * @returns one object per figure
 */
export async function run(): Promise<object[]> {
  await measure("warm-up", dataset, "both");
  const results = [
    await measure("release", dataset, "en"),
    await measure("release", dataset, "ja"),
    await measure("release", dataset, "both"),
  ];
  const large = await measure("release x10", scaled(10), "both");
  const base = results[2];
  results.push(large, {
    figure: "growth x10",
    cellsRatio: large.cells / base.cells,
    timeRatio: large.exportMs / base.exportMs,
    timePerCellRatio: large.exportMs / large.cells / (base.exportMs / base.cells),
    realWorkbookUnderOneSecond: base.exportMs < 1000,
  } as never);
  return results;
}
