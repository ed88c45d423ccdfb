import type { FunctionSpec } from "./FunctionSpec";
import type { FunctionId } from "../functionIds";

/**
 * The functions that answer one figure of the release, or where it is printed, by item and period.
 * Part of FUNCTION_CATALOGUE, which assembles every family.
 */
export const FIGURE_FUNCTION_SPECS = {
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
} as const satisfies { readonly [K in FunctionId]?: FunctionSpec };
