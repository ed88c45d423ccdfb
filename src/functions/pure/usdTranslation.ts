import { unitScale } from "../../core/numbers/unitScale";
import { isYen } from "../../core/numbers/convertAmount";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";
import type { RequestedUnit } from "../../core/numbers/RequestedUnit";

/**
 * The convenience translation of a yen amount at the release's rate, unrounded: JPY gives US
 * dollars; JPY thousands (the default) and JPY millions give USD thousands, the unit the release
 * prints its dollar columns in.
 *
 * @param amount - the yen amount
 * @param unit - its unit (default JPY thousands)
 * @param jpyPerUsd - the rate
 * @returns the dollar amount, or a message when the unit is not a yen unit
 * @example
 * usdTranslation(13036439, "JPY thousands", 118.07) //=> { ok: true, value: 110412.797… }
 */
export function usdTranslation(
  amount: number,
  unit: RequestedUnit | undefined,
  jpyPerUsd: number
): FunctionResult<number> {
  const from = unit ?? "JPY thousands";
  if (from === "USD" || !isYen(from)) {
    return invalidValue({ kind: "notYenAmount", unit: from });
  }
  const yen = amount * (unitScale(from, "JPY") ?? Number.NaN);
  const usd = from === "JPY" ? yen / jpyPerUsd : yen / jpyPerUsd / 1000;
  return Number.isFinite(usd) ? succeed(usd) : invalidValue({ kind: "tooLarge", amount });
}
