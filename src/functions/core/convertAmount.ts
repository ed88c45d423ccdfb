import type { Unit } from "../../core/model/Unit";
import { unitScale } from "../../core/numbers/unitScale";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";
import type { RequestedUnit } from "./RequestedUnit";

/** An amount as the release prints it, with its unit and, where printed, its dollar translation. */
export type NativeAmount = {
  readonly value: number;
  readonly unit: Unit;
  /** The printed convenience translation in USD thousands, when the release prints one. */
  readonly usdThousands?: number;
  /** Decimals as printed (a percentage's decimals keep its fraction free of float noise). */
  readonly decimals: number;
  /** What the amount is, for messages ("Total revenues"). */
  readonly label: string;
};

/**
 * A printed percentage as the fraction Excel stores: 49.2 → 0.492 (not 0.49200000000000005).
 *
 * @param percent - the percentage as printed
 * @param decimals - its printed decimals
 * @returns the fraction, rounded to the digits the percentage has
 * @example
 * percentToFraction(49.2, 1) //=> 0.492
 */
export function percentToFraction(percent: number, decimals: number): number {
  return Number((percent / 100).toFixed(Math.min(100, Math.max(0, decimals) + 2)));
}

const YEN: ReadonlyArray<Unit> = ["JPY", "JPY thousands", "JPY millions"];

/**
 * Whether a unit is a yen unit.
 *
 * @param unit - a unit
 * @returns true for JPY, JPY thousands, JPY millions
 * @example
 * isYen("JPY millions") //=> true
 */
export function isYen(unit: Unit): boolean {
  return YEN.includes(unit);
}

/**
 * An amount in the unit a user asks for. Yen units convert exactly; dollars use the printed
 * translation where the release prints one, else translate yen at the release's rate; a
 * percentage becomes the fraction Excel stores; a unit that does not apply is an error.
 *
 * @param amount - the amount as printed
 * @param wanted - the unit asked for; undefined keeps the printed unit
 * @param jpyPerUsd - the release's convenience rate
 * @returns the amount in that unit, or a message
 * @example
 * convertAmount({ value: 459, decimals: 0, unit: "JPY millions", label: "EBITDA" }, "JPY thousands", 118.07) //=> { ok: true, value: 459000 }
 */
export function convertAmount(
  amount: NativeAmount,
  wanted: RequestedUnit | undefined,
  jpyPerUsd: number
): FunctionResult<number> {
  const { value, unit, label } = amount;
  if (unit === "percent") {
    return wanted === undefined || wanted === "percent"
      ? succeed(percentToFraction(value, amount.decimals))
      : invalidValue(
          `${label} is a percentage; it has no amount in ${wanted}. Leave out the unit.`
        );
  }
  if (wanted === undefined || wanted === unit) {
    return succeed(value);
  }
  if (wanted === "USD" || wanted === "USD thousands") {
    if (!isYen(unit)) {
      return invalidValue(`${label} is in ${unit}, not in yen: it has no dollar amount.`);
    }
    const thousands = wanted === "USD thousands" ? 1000 : 1;
    if (amount.usdThousands !== undefined) {
      return succeed((amount.usdThousands * 1000) / thousands);
    }
    const yen = value * (unitScale(unit, "JPY") ?? Number.NaN);
    return succeed(yen / jpyPerUsd / thousands);
  }
  // Dividing by 1000 rather than multiplying by 0.001 keeps 13,036,439 thousands at 13,036.439.
  const scale = wanted === "percent" ? null : unitScale(unit, wanted);
  return scale === null
    ? invalidValue(`${label} is in ${unit}; it cannot be given in ${wanted}.`)
    : succeed(scale >= 1 ? value * scale : value / (1 / scale));
}
