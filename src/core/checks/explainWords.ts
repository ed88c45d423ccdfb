import type { Unit } from "../model/Unit";

/** A text in both languages. */
export type Bilingual = { readonly en: string; readonly ja: string };

/** Each unit as an explanation names it. */
export const UNIT_WORDS: Readonly<Record<Unit, Bilingual>> = {
  JPY: { en: "yen", ja: "円" },
  "JPY thousands": { en: "JPY thousands", ja: "千円" },
  "JPY millions": { en: "JPY millions", ja: "百万円" },
  "USD thousands": { en: "USD thousands", ja: "千米ドル" },
  contracts: { en: "contracts", ja: "契約" },
  Gbps: { en: "Gbps", ja: "Gbps" },
  shares: { en: "shares", ja: "株" },
  ADS: { en: "ADS", ja: "ADS" },
  percent: { en: "%", ja: "%" },
};

/**
 * The release's section headings, named in Japanese for the Japanese explanation of a claim (the
 * claims are read from the English edition). A section not listed is called "the text" there.
 */
export const SECTION_WORDS_JA: Readonly<Record<string, string>> = {
  "Results Summary": "業績の概要",
  Revenues: "売上高",
  "Cost and expenses": "売上原価及び費用",
  "Cost of SI revenues": "システムインテグレーション売上原価",
  "Sales and Marketing Expenses": "販売費",
  "General and administrative expenses": "一般管理費",
  "Operating loss": "営業損失",
  "Enterprise Markets": "企業向け市場",
  "Backbone Costs": "バックボーン費用",
};
