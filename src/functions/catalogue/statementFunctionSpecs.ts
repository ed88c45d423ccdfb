import type { FunctionSpec } from "./FunctionSpec";
import type { FunctionId } from "../functionIds";

const STATEMENT_OPTIONAL = {
  en: "A table id, kind or title; all tables when left out.",
  ja: "表の ID・種類・表題。省略するとすべての表。",
} as const;

/**
 * The functions that spill a statement, or the items or periods of one, as a range.
 * Part of FUNCTION_CATALOGUE, which assembles every family.
 */
export const STATEMENT_FUNCTION_SPECS = {
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
} as const satisfies { readonly [K in FunctionId]?: FunctionSpec };
