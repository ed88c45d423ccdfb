import type { Unit } from "../model/Unit";

/** A unit a user may ask for: the dataset's units, plus US dollars (the translation's unit). */
export type RequestedUnit = Unit | "USD";

const NAMES: ReadonlyArray<readonly [RequestedUnit, ReadonlyArray<string>]> = [
  ["JPY", ["jpy", "yen", "円", "¥"]],
  ["JPY thousands", ["jpythousands", "thousands", "k", "jpyk", "千円", "thousandsofyen"]],
  ["JPY millions", ["jpymillions", "millions", "m", "mn", "jpym", "百万円", "millionsofyen"]],
  ["USD", ["usd", "$", "us$", "dollars", "ドル", "米ドル"]],
  ["USD thousands", ["usdthousands", "usdk", "thousandsofdollars", "千ドル", "千米ドル"]],
  ["percent", ["percent", "%", "pct"]],
  ["contracts", ["contracts", "件"]],
  ["Gbps", ["gbps"]],
  ["shares", ["shares", "株"]],
  ["ADS", ["ads"]],
];

const UNIT_NAMES: ReadonlyMap<string, RequestedUnit> = new Map(
  NAMES.flatMap(([unit, names]) => names.map((name) => [name, unit] as const))
);

/**
 * The unit a user names: `JPY`, `JPY thousands`, `JPY millions`, `USD`, `USD thousands` and their
 * short forms (`K`, `thousands`, `M`, `millions`, `千円`, `百万円`), any case or width.
 *
 * @param text - the unit as typed
 * @returns the unit, or null when the text names none
 * @example
 * parseRequestedUnit("百万円") //=> "JPY millions"
 */
export function parseRequestedUnit(text: string): RequestedUnit | null {
  const key = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_.\-()]/g, "");
  return UNIT_NAMES.get(key) ?? null;
}
