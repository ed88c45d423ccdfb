import type { FunctionSpec } from "./FunctionSpec";
import type { FunctionId } from "../functionIds";

const ITEM = {
  en: "The item (id, label or alias).",
  ja: "項目（ID、ラベルまたは別名）。",
} as const;

/**
 * The functions that recompute a share or a change from two amounts, or check a printed one.
 * Part of FUNCTION_CATALOGUE, which assembles every family.
 */
export const RATIO_FUNCTION_SPECS = {
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
} as const satisfies { readonly [K in FunctionId]?: FunctionSpec };
