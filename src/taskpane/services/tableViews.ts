import type { Dataset } from "../../core/model/Dataset";
import type { Unit } from "../../core/model/Unit";
import type { UiLanguage } from "../i18n/Strings";
import type { TableView } from "./TableView";

const UNIT_LABELS: Readonly<Record<Unit, Readonly<Record<UiLanguage, string>>>> = {
  JPY: { en: "JPY", ja: "円" },
  "JPY thousands": { en: "JPY thousands", ja: "千円" },
  "JPY millions": { en: "JPY millions", ja: "百万円" },
  "USD thousands": { en: "USD thousands", ja: "千米ドル" },
  contracts: { en: "Contracts", ja: "契約数" },
  Gbps: { en: "Gbps", ja: "Gbps" },
  shares: { en: "Shares", ja: "株" },
  ADS: { en: "ADS", ja: "ADS" },
  percent: { en: "Percent", ja: "％" },
};

/**
 * The release's tables as text to browse, each in the UI language's edition where the release
 * prints it (the English edition otherwise), figures exactly as printed; the title is in the UI
 * language (every table of the release has a Japanese title).
 *
 * @param dataset - the release
 * @param language - the UI language
 * @returns one view per table, in the dataset's order
 * @example
 * tableViews(dataset, "en")[0].source //=> "Appendix 1"
 */
export function tableViews(dataset: Dataset, language: UiLanguage): ReadonlyArray<TableView> {
  return dataset.tables.map((table) => {
    const edition = language === "ja" && table.figures.ja !== undefined ? "ja" : "en";
    const figures = table.figures[edition] ?? {};
    const lines = table.headers[edition] ?? table.headers.en ?? [];
    const headers = table.columns.map((column, i) => {
      const text = lines
        .map((line) => line[i] ?? "")
        .filter((s) => s.trim() !== "")
        .join(" ");
      return text === "" ? column.id : text;
    });
    return {
      id: table.id,
      edition,
      columns: table.columns.map((c) => c.id),
      // The title names the table in the UI language, also for a table printed only in English.
      title: (language === "ja" ? table.title.ja : undefined) ?? table.title.en,
      source: (edition === "ja" ? table.source.ja : undefined) ?? table.source.en,
      unit: UNIT_LABELS[table.unit][language],
      headers,
      rows: table.rows.map((row) => ({
        id: row.id,
        label: (edition === "ja" ? row.label.ja : undefined) ?? row.label.en,
        level: row.level,
        role: row.role,
        cells: (figures[row.id] ?? []).map((f) => f?.text ?? ""),
      })),
    };
  });
}
