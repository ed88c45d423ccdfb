import type { FunctionSpec } from "./FunctionSpec";
import type { FunctionId } from "../functionIds";

const PERIOD_OF_TABLES = {
  en: "4Q02, 3Q02 or 4Q01.",
  ja: "4Q02、3Q02 または 4Q01。",
} as const;

/**
 * The functions that read the release's operating tables: contracts, bandwidth, backbone costs and cross-selling.
 * Part of FUNCTION_CATALOGUE, which assembles every family.
 */
export const OPERATING_FUNCTION_SPECS = {
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
} as const satisfies { readonly [K in FunctionId]?: FunctionSpec };
