import { compileRules } from "../checks/compileRules";
import { deriveRules } from "../checks/deriveRules";
import { runChecks } from "../checks/runChecks";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import { a1, quoteSheet } from "./a1";
import { gridSources } from "./gridSources";
import { placementKey } from "./placementKey";

// Callers that found the key here keep finding it: placementKey.ts declares it.
export { placementKey };
import type { PlacementLookup } from "./formula/ruleFormula";
import type { LayoutOptions } from "./LayoutOptions";
import { layoutChecks } from "./layoutChecks";
import { layoutClaims } from "./layoutClaims";
import { layoutTable, type TableArea } from "./layoutTable";
import type { DraftEntry } from "./mirrorCells";
import { planHighlights } from "./planHighlights";
import { sheetGroups } from "./sheetGroups";
import { sheetName, validSheetName } from "./sheetName";
import { finishSheet, newSheetDraft } from "./SheetDraft";
import { tableName } from "./workbookName";
import type { PlacedCell, SheetPlan, WorkbookPlan } from "./WorkbookPlan";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Name = Mutable<WorkbookPlan["names"][number]>;

const GROUP_TITLES: Readonly<Record<string, { readonly en: string; readonly ja: string }>> = {
  operatingData: { en: "Operating data (Tables 1–4)", ja: "営業データ" },
  nonGaap: { en: "Non-GAAP financial measures", ja: "その他の財務指標" },
};

/**
 * Decides the whole workbook once: a sheet per statement table and per group of other tables
 * in each edition chosen, a claims sheet per edition, the Checks sheet; every figure placed as
 * a number in its unit; for the cells every rule checks, conditional-format formulas over
 * ranges (cells of other sheets read through mirror cells); the workbook names; the document
 * properties. The Office.js renderer and the .xlsx writer both
 * render this plan.
 *
 * @param index - the dataset index
 * @param options - editions, table groups, rounding mode, whether to highlight minor findings
 * @returns the plan
 * @example
 * buildWorkbookPlan(index, { edition: "en", mode: "round", highlightMinor: true }).sheets[0].name //=> "Operations (Quarterly)"
 */
export function buildWorkbookPlan(index: DatasetIndex, options: LayoutOptions): WorkbookPlan {
  const dataset = index.dataset;
  const editions: ReadonlyArray<Edition> =
    options.edition === "both" ? ["en", "ja"] : [options.edition];
  const tables = dataset.tables.filter(
    (t) => options.tables === undefined || options.tables.includes(t.kind)
  );
  const taken = new Set<string>();
  const drafts: DraftEntry[] = [];
  const names: Name[] = [];
  const open = (key: string, wanted: string, edition: Edition | null) => {
    const name = validSheetName(wanted, taken);
    taken.add(name);
    const entry = { draft: newSheetDraft(key, name, edition), wide: new Set<number>([0]) };
    drafts.push(entry);
    return entry;
  };
  const areas: { area: TableArea; sheet: string; edition: Edition }[] = [];
  let rateCell: string | null = null;
  for (const edition of editions) {
    for (const group of sheetGroups(tables.filter((t) => t.figures[edition] !== undefined))) {
      const single = group.tables.length === 1;
      const first = group.tables[0];
      const fallback = edition === "ja" ? (first.title.ja ?? first.title.en) : first.title.en;
      const { draft, wide } = open(
        `${edition}:${group.key}`,
        sheetName(group.id, edition, fallback),
        edition
      );
      const groupTitle = GROUP_TITLES[group.id];
      const title = single || groupTitle === undefined ? fallback : groupTitle[edition];
      draft.values.push([title]);
      draft.formats.push(["General"]);
      draft.indents.push(0);
      for (const table of group.tables) {
        const wantsRate = rateCell === null && table.columns.some((c) => c.kind === "usd");
        const laid = layoutTable(
          draft,
          table,
          edition,
          dataset.fxRate.text,
          !single,
          wantsRate ? dataset.fxRate.jpyPerUsd : null
        );
        laid.wideRows.forEach((r) => wide.add(r));
        if (laid.rateRow !== null) {
          rateCell = `=${quoteSheet(draft.name)}!${a1(laid.rateRow, 1, true)}`;
        }
        areas.push({ area: laid.area, sheet: draft.name, edition });
        if (single) {
          draft.freeze = { rows: laid.area.dataRow, columns: 1 };
        }
      }
      if (!single) {
        draft.freeze = { rows: 1, columns: 1 };
      }
    }
  }
  const lookupMap = new Map<string, PlacedCell>();
  const find: PlacementLookup = (edition, ref) => lookupMap.get(placementKey(edition, ref));
  const index_ = () => {
    for (const { draft } of drafts) {
      for (const p of draft.placements) {
        lookupMap.set(placementKey(p.edition, p.ref), p);
      }
    }
  };
  index_();
  for (const edition of editions) {
    if (dataset.claims.some((c) => c.edition === edition)) {
      const { draft, wide } = open(
        `${edition}:claims`,
        sheetName("claims", edition, "Claims"),
        edition
      );
      layoutClaims(draft, index, edition, find, options.mode);
      wide.add(1);
    }
  }
  index_();
  const rules = deriveRules(index);
  // Highlights read other sheets only through mirror cells on their own sheet, as saved
  // conditional formats must.
  const highlights = planHighlights(
    rules,
    editions,
    find,
    options.mode,
    options.highlightMinor,
    new Map(drafts.map((entry) => [entry.draft.name, entry]))
  );
  for (const { draft } of drafts) {
    // Red before amber: where both apply to a cell, the first (the higher priority) wins.
    const own = highlights.get(draft.name) ?? [];
    draft.highlights.push(
      ...own.filter((h) => h.severity === "major"),
      ...own.filter((h) => h.severity === "minor")
    );
  }
  // The figures as the sheets will hold them, read as a check of the workbook reads them: the
  // load reports this check, and a Check of the untouched workbook finds the same.
  const placements = drafts.flatMap(({ draft }) => draft.placements);
  const grids = Object.fromEntries(drafts.map(({ draft }) => [draft.name, draft.values]));
  const report = runChecks(compileRules(index), gridSources({ placements }, grids), options.mode);
  // A Japanese load names its Checks sheet in Japanese, as it names every other sheet.
  const checksName = sheetName("checks", options.edition === "ja" ? "ja" : null, "Checks");
  const checks = open("checks", checksName, null);
  checks.wide.add(1);
  layoutChecks(checks.draft, report, find, options.mode);
  if (rateCell !== null) {
    names.push({
      name: "IIJ_FXRATE",
      refersTo: rateCell,
      comment: `Convenience translation rate: JPY per USD (${dataset.fxRate.asOf})`,
    });
  }
  for (const { area, sheet, edition } of areas) {
    const range = `${a1(area.firstRow, 0, true)}:${a1(area.lastRow, area.lastColumn, true)}`;
    names.push({
      name: tableName(area.table.id, edition === "ja"),
      refersTo: `=${quoteSheet(sheet)}!${range}`,
      // The edition after a dash: titles such as "… (Quarterly)" already end in parentheses.
      comment: `${area.table.title.en} — ${edition === "ja" ? "Japanese" : "English"} edition`,
    });
  }
  const sheets: SheetPlan[] = drafts.map(({ draft, wide }) => finishSheet(draft, wide, 0));
  return {
    sheets,
    names,
    placements,
    properties: {
      title: `${dataset.release.company.en}: earnings release ${dataset.release.published.en}, statements and checks`,
      subject: `Figures of ${dataset.release.company.en}'s release ${dataset.release.id} (fiscal year ended ${dataset.release.fiscalYearEnd}); highlights mark reported figures whose rounding interval misses the interval their own amounts support (amounts ${options.mode === "round" ? "rounded" : "truncated"}).`,
      description: `Red: the printed figure is one unit of its last digit or more from what its amounts support; amber: less than one unit. Checks: ${report.findings.length} findings.`,
    },
    report,
  };
}
