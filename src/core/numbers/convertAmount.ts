import type { Unit } from "../model/Unit";
import type { RequestedUnit } from "./RequestedUnit";
import { unitScale } from "./unitScale";

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

/** Why an amount has no value in the unit asked for; the amount's label names it in messages. */
export type ConversionProblem =
  | { readonly kind: "percentHasNoUnit"; readonly label: string; readonly wanted: RequestedUnit }
  | { readonly kind: "notYen"; readonly label: string; readonly unit: Unit }
  | {
      readonly kind: "incompatibleUnit";
      readonly label: string;
      readonly unit: Unit;
      readonly wanted: RequestedUnit;
    };

/** An amount converted, or why it cannot be. */
export type Conversion =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: ConversionProblem };

const converted = (value: number): Conversion => ({ ok: true, value });
const refused = (problem: ConversionProblem): Conversion => ({ ok: false, problem });

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
 * @returns the amount in that unit, or the problem
 * @example
 * convertAmount({ value: 459, decimals: 0, unit: "JPY millions", label: "EBITDA" }, "JPY thousands", 118.07) //=> { ok: true, value: 459000 }
 * convertAmount({ value: 156, decimals: 0, unit: "contracts", label: "Data Center" }, "USD", 118.07) //=> { ok: false, problem: { kind: "notYen", label: "Data Center", unit: "contracts" } }
 */
export function convertAmount(
  amount: NativeAmount,
  wanted: RequestedUnit | undefined,
  jpyPerUsd: number
): Conversion {
  const { value, unit, label } = amount;
  if (unit === "percent") {
    return wanted === undefined || wanted === "percent"
      ? converted(percentToFraction(value, amount.decimals))
      : refused({ kind: "percentHasNoUnit", label, wanted });
  }
  if (wanted === undefined || wanted === unit) {
    return converted(value);
  }
  if (wanted === "USD" || wanted === "USD thousands") {
    if (!isYen(unit)) {
      return refused({ kind: "notYen", label, unit });
    }
    const thousands = wanted === "USD thousands" ? 1000 : 1;
    if (amount.usdThousands !== undefined) {
      return converted((amount.usdThousands * 1000) / thousands);
    }
    const yen = value * (unitScale(unit, "JPY") ?? Number.NaN);
    return converted(yen / jpyPerUsd / thousands);
  }
  // Dividing by 1000 rather than multiplying by 0.001 keeps 13,036,439 thousands at 13,036.439.
  const scale = wanted === "percent" ? null : unitScale(unit, wanted);
  return scale === null
    ? refused({ kind: "incompatibleUnit", label, unit, wanted })
    : converted(scale >= 1 ? value * scale : value / (1 / scale));
}
