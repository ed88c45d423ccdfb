import type { FunctionsCore } from "../../functions/core/functionsCore";
import type { PlaygroundFunction } from "./createPlayground";

/**
 * The playground's names for the functions' core: the same names as the worksheet functions.
 * Left-out arguments arrive as null, as Excel passes them.
 *
 * @param core - the functions' core over the dataset
 * @returns name (without "IIJ.") → function
 * @example
 * playgroundRegistry(core).EBITDA(["4Q02"]) //=> { ok: true, value: 459 }
 */
export function playgroundRegistry(
  core: FunctionsCore
): Readonly<Record<string, PlaygroundFunction>> {
  return {
    EBITDA: ([period, unit]) => core.ebitda(period, unit),
    VALUE: ([item, period, unit, edition]) => core.value(item, period, unit, edition),
    STATEMENT: ([statement, period, edition]) => core.statement(statement, period, edition),
    ITEMS: ([statement]) => core.items(statement),
    PERIODS: ([statement]) => core.periods(statement),
    SHARE: ([item, period, base]) => core.share(item, period, base),
    CHANGE: ([item, period, basePeriod]) => core.change(item, period, basePeriod),
    USD: ([amount, unit]) => core.usd(amount, unit),
    FXRATE: () => core.fxRate(),
    CHECK: ([reported, numerator, denominator, decimals, kind]) =>
      core.check(reported, numerator, denominator, decimals, kind),
    CROSSSELL: ([service, year]) => core.crossSell(service, year),
    CONTRACTS: ([service, period]) => core.contracts(service, period),
    BANDWIDTH: ([kind, period]) => core.bandwidth(kind, period),
    BACKBONE: ([kind, period]) => core.backbone(kind, period),
  };
}
