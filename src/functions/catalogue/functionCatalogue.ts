import type { FunctionCatalogue } from "./FunctionSpec";

const PERIOD_OF_TABLES = {
  en: "4Q02, 3Q02 or 4Q01.",
  ja: "4Q02、3Q02 または 4Q01。",
} as const;

const ITEM = {
  en: "The item (id, label or alias).",
  ja: "項目（ID、ラベルまたは別名）。",
} as const;

const STATEMENT_OPTIONAL = {
  en: "A table id, kind or title; all tables when left out.",
  ja: "表の ID・種類・表題。省略するとすべての表。",
} as const;

/**
 * Every IIJ.* function, declared once. Adding a function is an id in FUNCTION_IDS, an entry here
 * and its implementation in functionImplementations.ts; the compiler asks for all three.
 * Parameters are `as const` so that each implementation receives its arguments typed by name.
 */
export const FUNCTION_CATALOGUE = {
  EBITDA: {
    parameters: [
      {
        name: "period",
        type: "text",
        help: {
          en: "A period of the release: 4Q02, 3Q02, 4Q01, FY2002 or FY2001 (also Q4 FY2002, 2002年度).",
          ja: "発表の期間：4Q02、3Q02、4Q01、FY2002、FY2001（Q4 FY2002、2002年度 も可）。",
        },
      },
      {
        name: "unit",
        type: "text",
        optional: true,
        help: {
          en: "JPY millions (default), JPY thousands, JPY, USD or USD thousands.",
          ja: "JPY millions（既定、百万円）、JPY thousands（千円）、JPY、USD、USD thousands。",
        },
      },
    ],
    result: "number",
    summary: {
      en: "Adjusted EBITDA as the release reports it (operating income plus depreciation and amortization).",
      ja: "発表どおりの調整後EBITDA（営業利益に減価償却費を加えたもの）。",
    },
    returns: {
      en: "Adjusted EBITDA in the unit asked for.",
      ja: "指定した単位の調整後EBITDA。",
    },
    example: { formula: '=IIJ.EBITDA("4Q02")', answer: "459" },
  },
  CROSSSELL: {
    parameters: [
      {
        name: "service",
        type: "text",
        help: {
          en: "Value-added Service, System Integration or Data Center Service (or VAS, SI, Data Center).",
          ja: "Value-added Service、System Integration、Data Center Service（VAS、SI、Data Center も可）。",
        },
      },
      {
        name: "year",
        type: "textOrNumber",
        help: {
          en: 'The fiscal year: 2002, "FY2002" or "FY02" (2001 and 2002 are printed).',
          ja: '会計年度：2002、"FY2002" または "FY02"（2001 と 2002 が掲載）。',
        },
      },
    ],
    result: "number",
    summary: {
      en: "The share of Dedicated Access Service customers among the top 150 that also use a service.",
      ja: "上位150社の専用線接続サービス顧客のうち、あるサービスも利用する顧客の割合（クロスセル率）。",
    },
    returns: {
      en: "The cross-selling rate as a fraction (0.353 for 35.3%).",
      ja: "クロスセル率（小数。35.3% は 0.353）。",
    },
    example: { formula: '=IIJ.CROSSSELL("Data Center", 2002)', answer: "0.353" },
  },
  VALUE: {
    parameters: [
      {
        name: "item",
        type: "text",
        help: {
          en: "An item id (revenues.total), the release's English or Japanese label (Total revenues, 営業収益合計), or a name analysts use (Net income, 売上高合計, Capex).",
          ja: "項目 ID（revenues.total）、発表の英語または日本語のラベル（Total revenues、営業収益合計）、または一般的な名称（Net income、売上高合計、Capex）。",
        },
      },
      {
        name: "period",
        type: "text",
        help: {
          en: "4Q02, FY2002, a balance-sheet date (2003-03-31), or a quarter for its end date.",
          ja: "4Q02、FY2002、貸借対照表の日付（2003-03-31）、または期末日を表す四半期。",
        },
      },
      {
        name: "unit",
        type: "text",
        optional: true,
        help: {
          en: "JPY, JPY thousands (K), JPY millions (M), USD or USD thousands; default: as printed.",
          ja: "JPY、JPY thousands（K、千円）、JPY millions（M、百万円）、USD、USD thousands。既定は掲載どおり。",
        },
      },
      {
        name: "edition",
        type: "text",
        optional: true,
        help: {
          en: "en (default) or ja: which edition's figure to read.",
          ja: "en（既定、英語版）または ja（日本語版）：どちらの版の数値か。",
        },
      },
    ],
    result: "number",
    summary: {
      en: "Any figure of the release, by item and period.",
      ja: "項目と期間を指定して、発表の任意の数値。",
    },
    returns: {
      en: "The figure; percentages as fractions.",
      ja: "数値。率は小数。",
    },
    example: { formula: '=IIJ.VALUE("Total revenues", "4Q02")', answer: "13036439" },
  },
  STATEMENT: {
    parameters: [
      {
        name: "statement",
        type: "text",
        help: {
          en: "A table id, kind or title: operations_quarterly, balance sheet, cash flows annual, Table 1, 貸借対照表.",
          ja: "表の ID・種類・表題：operations_quarterly、balance sheet、cash flows annual、Table 1、貸借対照表。",
        },
      },
      {
        name: "period",
        type: "text",
        optional: true,
        help: {
          en: "Only this period's amounts (labels and one column of figures).",
          ja: "この期間の金額だけ（ラベルと 1 列の数値）。",
        },
      },
      {
        name: "edition",
        type: "text",
        optional: true,
        help: {
          en: "en (default) or ja: which edition's labels and figures.",
          ja: "en（既定、英語版）または ja（日本語版）：どちらの版のラベルと数値か。",
        },
      },
    ],
    result: "grid",
    summary: {
      en: "A whole table of the release as a spilled range of labels and figures.",
      ja: "発表の表全体を、ラベルと数値のスピル範囲で返します。",
    },
    returns: {
      en: "A header row, then one row per line: label and figures (percentages as fractions).",
      ja: "見出し行と、行ごとのラベルと数値（率は小数）。",
    },
    example: { formula: '=IIJ.STATEMENT("Table 5")', answer: "Other Financial Statistics" },
  },
  ITEMS: {
    parameters: [{ name: "statement", type: "text", optional: true, help: STATEMENT_OPTIONAL }],
    result: "grid",
    summary: {
      en: "The items of a statement (or of the whole release), for use in IIJ.VALUE: the id, then the standard name analysts use (or the release's label where there is none).",
      ja: "表（または発表全体）の項目一覧。IIJ.VALUE で使う ID と、一般的な名称（ない場合は発表のラベル）。",
    },
    returns: {
      en: "One item per row: its id, then its standard name.",
      ja: "1 行に 1 項目：ID と一般的な名称。",
    },
    example: { formula: '=IIJ.ITEMS("Table 3")', answer: "bandwidth.dedicated" },
  },
  PERIODS: {
    parameters: [
      {
        name: "statement",
        type: "text",
        optional: true,
        help: {
          en: "A table id, kind or title; all periods when left out.",
          ja: "表の ID・種類・表題。省略するとすべての期間。",
        },
      },
    ],
    result: "grid",
    summary: {
      en: "The periods of a statement (or of the whole release).",
      ja: "表（または発表全体）の期間の一覧。",
    },
    returns: { en: "One period id per row.", ja: "1 行に 1 期間。" },
    example: { formula: '=IIJ.PERIODS("cross-selling")', answer: "FY2002" },
  },
  SHARE: {
    parameters: [
      { name: "item", type: "text", help: ITEM },
      { name: "period", type: "text", help: { en: "The period.", ja: "期間。" } },
      {
        name: "base",
        type: "text",
        optional: true,
        help: {
          en: "The base item; by default the base of the table's % column.",
          ja: "基準の項目。既定は表の % 列の基準。",
        },
      },
    ],
    result: "number",
    summary: {
      en: "An item's share of total revenues, total assets or a base item, recomputed from the amounts.",
      ja: "売上高合計・総資産または基準項目に対する構成比（金額から再計算）。",
    },
    returns: { en: "The share as a fraction.", ja: "構成比（小数）。" },
    example: { formula: '=IIJ.SHARE("SI", "4Q02")', answer: "0.3762859628" },
  },
  CHANGE: {
    parameters: [
      { name: "item", type: "text", help: ITEM },
      { name: "period", type: "text", help: { en: "The current period.", ja: "当期。" } },
      {
        name: "basePeriod",
        type: "text",
        what: "base period",
        help: { en: "The period compared with.", ja: "比較する基準期。" },
      },
    ],
    result: "number",
    summary: {
      en: "An item's change between two periods, recomputed as the release does: current ÷ base − 1.",
      ja: "2 期間の増減率を発表と同じく再計算：当期 ÷ 基準期 − 1。",
    },
    returns: { en: "The change as a fraction.", ja: "増減率（小数）。" },
    example: { formula: '=IIJ.CHANGE("Total revenues", "4Q02", "4Q01")', answer: "0.07652207217" },
  },
  USD: {
    parameters: [
      { name: "amount", type: "number", help: { en: "The yen amount.", ja: "円の金額。" } },
      {
        name: "unit",
        type: "text",
        optional: true,
        help: {
          en: "Its unit: JPY thousands (default, gives USD thousands), JPY (gives USD) or JPY millions (gives USD thousands).",
          ja: "その単位：JPY thousands（既定、千米ドルで返す）、JPY（米ドルで返す）、JPY millions（千米ドルで返す）。",
        },
      },
    ],
    result: "number",
    summary: {
      en: "The convenience translation of a yen amount into US dollars at the release's rate.",
      ja: "発表の換算レートによる円金額の米ドルへの便宜上の換算。",
    },
    returns: {
      en: "The amount in US dollars (unrounded).",
      ja: "米ドル建ての金額（端数処理なし）。",
    },
    example: { formula: "=IIJ.USD(13036439)", answer: "110412.7975" },
  },
  FXRATE: {
    parameters: [],
    result: "number",
    summary: {
      en: "The rate the release uses for its convenience translation into US dollars (yen per dollar).",
      ja: "発表が米ドルへの便宜上の換算に使うレート（1 米ドルあたりの円）。",
    },
    returns: { en: "Yen per US dollar (118.07).", ja: "1 米ドルあたりの円（118.07）。" },
    example: { formula: "=IIJ.FXRATE()", answer: "118.07" },
  },
  CHECK: {
    parameters: [
      {
        name: "reported",
        type: "number",
        what: "reported percentage",
        help: {
          en: "The printed percentage as Excel stores it (0.072 for 7.2%).",
          ja: "掲載された率を Excel の値で（7.2% は 0.072）。",
        },
      },
      {
        name: "numerator",
        type: "number",
        help: {
          en: "The part (share) or the current amount (change), as printed.",
          ja: "部分（構成比）または当期の金額（増減率）。掲載どおり。",
        },
      },
      {
        name: "denominator",
        type: "number",
        help: {
          en: "The whole (share) or the prior amount (change), as printed.",
          ja: "全体（構成比）または前期の金額（増減率）。掲載どおり。",
        },
      },
      {
        name: "decimals",
        type: "number",
        optional: true,
        default: 1,
        help: {
          en: "Decimals printed in the percentage (default 1).",
          ja: "率に掲載された小数桁数（既定 1）。",
        },
      },
      {
        name: "kind",
        type: "text",
        optional: true,
        help: {
          en: "share (default) or change.",
          ja: "share（既定、構成比）または change（増減率）。",
        },
      },
    ],
    result: "text",
    summary: {
      en: "Checks a printed percentage against its two amounts with the rounding-aware rule of the checks.",
      ja: "掲載された率を 2 つの金額と照合します（チェックと同じ端数処理を考慮した規則）。",
    },
    returns: {
      en: "OK, MINOR (under one unit of the last digit off) or MAJOR.",
      ja: "OK、MINOR（最終桁の 1 単位未満のずれ）または MAJOR。",
    },
    example: { formula: '=IIJ.CHECK(0.077, 13036439, 12109774, 1, "change")', answer: "OK" },
  },
  CONTRACTS: {
    parameters: [
      {
        name: "service",
        type: "text",
        help: {
          en: "The service: an id, label or a unique part of one (Data Center, IIJ4U).",
          ja: "サービス：ID、ラベル、またはその一意な一部（Data Center、IIJ4U）。",
        },
      },
      { name: "period", type: "text", help: PERIOD_OF_TABLES },
    ],
    result: "number",
    summary: {
      en: "The number of contracts of a service (Table 1).",
      ja: "サービスの契約数（表1）。",
    },
    returns: { en: "The number of contracts.", ja: "契約数。" },
    example: { formula: '=IIJ.CONTRACTS("Data Center", "4Q02")', answer: "156" },
  },
  BANDWIDTH: {
    parameters: [
      {
        name: "kind",
        type: "text",
        help: {
          en: "dedicated, data center or total.",
          ja: "dedicated（専用線）、data center（データセンター）または total（合計）。",
        },
      },
      { name: "period", type: "text", help: PERIOD_OF_TABLES },
    ],
    result: "number",
    summary: { en: "Contracted bandwidth in Gbps (Table 3).", ja: "契約帯域（Gbps、表3）。" },
    returns: { en: "The bandwidth in Gbps.", ja: "帯域（Gbps）。" },
    example: { formula: '=IIJ.BANDWIDTH("total", "4Q02")', answer: "42" },
  },
  BACKBONE: {
    parameters: [
      {
        name: "kind",
        type: "text",
        help: {
          en: "international or domestic.",
          ja: "international（国際）または domestic（国内）。",
        },
      },
      { name: "period", type: "text", help: PERIOD_OF_TABLES },
    ],
    result: "number",
    summary: {
      en: "Backbone costs in JPY millions (Table 4).",
      ja: "バックボーン費用（百万円、表4）。",
    },
    returns: { en: "The cost in JPY millions.", ja: "費用（百万円）。" },
    example: { formula: '=IIJ.BACKBONE("international", "4Q02")', answer: "315" },
  },
  SOURCE: {
    parameters: [
      {
        name: "item",
        type: "text",
        help: {
          en: "An item id, the release's English or Japanese label, or a name analysts use.",
          ja: "項目 ID、発表の英語または日本語のラベル、または一般的な名称。",
        },
      },
      {
        name: "period",
        type: "text",
        help: {
          en: "4Q02, FY2002 or a balance-sheet date (2003-03-31).",
          ja: "4Q02、FY2002、または貸借対照表の日付（2003-03-31）。",
        },
      },
      {
        name: "column",
        type: "text",
        optional: true,
        default: "amount",
        help: {
          en: "amount (default), share, yoy, qoq or usd: which of the item's figures for the period.",
          ja: "amount（既定、金額）、share（構成比）、yoy（前年同期比）、qoq（前四半期比）、usd（米ドル換算）。",
        },
      },
      {
        name: "edition",
        type: "text",
        optional: true,
        help: {
          en: "en (default) or ja: which edition's page, row and column to name.",
          ja: "en（既定、英語版）または ja（日本語版）：どちらの版の表・行・列を示すか。",
        },
      },
    ],
    result: "text",
    summary: {
      en: "Where the release prints a figure: its table, row, column and line of the text.",
      ja: "数値が発表のどこに掲載されているか（表、行、列、本文の行番号）。",
    },
    returns: {
      en: "One line, e.g. Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604.",
      ja: "1 行の参照（例：添付資料1 · 付加価値サービス · … · 行 604）。",
    },
    example: {
      formula: '=IIJ.SOURCE("Value-added services", "4Q02")',
      answer: "Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604",
    },
  },
} as const satisfies FunctionCatalogue;
