import type { FunctionSpec } from "./FunctionSpec";
import type { FunctionId } from "../functionIds";

/**
 * The functions of the release's convenience translation into US dollars.
 * Part of FUNCTION_CATALOGUE, which assembles every family.
 */
export const CURRENCY_FUNCTION_SPECS = {
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
} as const satisfies { readonly [K in FunctionId]?: FunctionSpec };
