/**
 * The printed interval of a figure as the engine's bulk loops compute it: scalars only, the
 * same operations as `reportedInterval` and `evaluateRule` (the same operation gives the same
 * double).
 */

// 10^−d and 10^d for the decimals a release prints, computed as reportedInterval and
// evaluateRule compute them (the same operation gives the same double).
const UNIT = Float64Array.from({ length: 16 }, (_, d) => 10 ** -d);
const PER_UNIT = Float64Array.from({ length: 16 }, (_, d) => 10 ** d);
export const unitOf = (d: number): number => (d >= 0 && d < 16 ? UNIT[d] : 10 ** -d);
export const perUnitOf = (d: number): number => (d >= 0 && d < 16 ? PER_UNIT[d] : 10 ** d);

/** The low end of `reportedInterval(value, d, mode)`, where `unit` is 10^−d. */
export function lowOf(value: number, unit: number, round: boolean): number {
  return round ? value - unit / 2 : value > 0 ? value : value < 0 ? value - unit : -unit;
}

/** The high end of `reportedInterval(value, d, mode)`, where `unit` is 10^−d. */
export function highOf(value: number, unit: number, round: boolean): number {
  return round ? value + unit / 2 : value > 0 ? value + unit : value < 0 ? value : unit;
}
