import type { Localized } from "../../core/model/Edition";

/** One IIJ.* worksheet function as the reference shows it. */
export type FunctionEntry = {
  readonly name: string;
  readonly syntax: string;
  readonly summary: Required<Localized>;
  /** A formula that works as typed, inserted by "Insert" and tried in the playground. */
  readonly example: string;
};

/** The IIJ.* functions, each with a working example. */
export const FUNCTION_REFERENCE: ReadonlyArray<FunctionEntry> = [
  {
    name: "IIJ.EBITDA",
    syntax: "IIJ.EBITDA(period, [unit])",
    summary: {
      en: "Adjusted EBITDA as reported (JPY millions by default).",
      ja: "調整後EBITDA（既定は百万円）。",
    },
    example: '=IIJ.EBITDA("4Q02")',
  },
  {
    name: "IIJ.VALUE",
    syntax: "IIJ.VALUE(item, period, [unit], [edition])",
    summary: {
      en: "Any figure by item name or id and period; percentages as fractions.",
      ja: "項目名または ID と期間で任意の数値。率は小数。",
    },
    example: '=IIJ.VALUE("Total revenues", "4Q02")',
  },
  {
    name: "IIJ.STATEMENT",
    syntax: "IIJ.STATEMENT(statement, [period], [edition])",
    summary: { en: "A whole table as a spilled range.", ja: "表全体をスピル範囲で返します。" },
    example: '=IIJ.STATEMENT("Table 5")',
  },
  {
    name: "IIJ.ITEMS",
    syntax: "IIJ.ITEMS([statement])",
    summary: {
      en: "The item ids, each beside the name analysts use for it.",
      ja: "項目 ID の一覧と、それぞれの一般的な名称。",
    },
    example: '=IIJ.ITEMS("Table 3")',
  },
  {
    name: "IIJ.PERIODS",
    syntax: "IIJ.PERIODS([statement])",
    summary: { en: "The periods, in one column.", ja: "期間の一覧（1 列）。" },
    example: "=IIJ.PERIODS()",
  },
  {
    name: "IIJ.SHARE",
    syntax: "IIJ.SHARE(item, period, [base])",
    summary: {
      en: "Recomputed share of total revenues or total assets.",
      ja: "売上高合計または総資産に対する構成比（再計算）。",
    },
    example: '=IIJ.SHARE("SI", "4Q02")',
  },
  {
    name: "IIJ.CHANGE",
    syntax: "IIJ.CHANGE(item, period, basePeriod)",
    summary: {
      en: "Recomputed change: current ÷ base − 1.",
      ja: "増減率（再計算）：当期 ÷ 基準期 − 1。",
    },
    example: '=IIJ.CHANGE("Total revenues", "4Q02", "4Q01")',
  },
  {
    name: "IIJ.USD",
    syntax: "IIJ.USD(amount, [unit])",
    summary: {
      en: "Translates yen into US dollars at the release's rate.",
      ja: "発表の換算レートで円を米ドルに換算。",
    },
    example: "=IIJ.USD(13036439)",
  },
  {
    name: "IIJ.FXRATE",
    syntax: "IIJ.FXRATE()",
    summary: {
      en: "Yen per US dollar used for the convenience translation.",
      ja: "便宜上の換算レート（1 米ドルあたりの円）。",
    },
    example: "=IIJ.FXRATE()",
  },
  {
    name: "IIJ.CHECK",
    syntax: "IIJ.CHECK(reported, numerator, denominator, [decimals], [kind])",
    summary: {
      en: "OK, MINOR or MAJOR: the engine's rounding-aware verdict on a percentage.",
      ja: "OK / MINOR / MAJOR：端数処理を考慮した率の判定。",
    },
    example: "=IIJ.CHECK(0.073, 931399, 13036439)",
  },
  {
    name: "IIJ.CROSSSELL",
    syntax: "IIJ.CROSSSELL(service, year)",
    summary: {
      en: "Cross-selling rate of a service, as a fraction.",
      ja: "サービスのクロスセル率（小数）。",
    },
    example: '=IIJ.CROSSSELL("Data Center", 2002)',
  },
  {
    name: "IIJ.CONTRACTS",
    syntax: "IIJ.CONTRACTS(service, period)",
    summary: { en: "Number of contracts (Table 1).", ja: "契約数（表1）。" },
    example: '=IIJ.CONTRACTS("Data Center", "4Q02")',
  },
  {
    name: "IIJ.BANDWIDTH",
    syntax: "IIJ.BANDWIDTH(kind, period)",
    summary: { en: "Contracted bandwidth in Gbps (Table 3).", ja: "契約帯域（Gbps、表3）。" },
    example: '=IIJ.BANDWIDTH("Total", "4Q02")',
  },
  {
    name: "IIJ.BACKBONE",
    syntax: "IIJ.BACKBONE(kind, period)",
    summary: {
      en: "Backbone costs in JPY millions (Table 4).",
      ja: "バックボーン費用（百万円、表4）。",
    },
    example: '=IIJ.BACKBONE("International", "4Q02")',
  },
];
