/**
 * The unit an amount is printed in. Amounts are integers in their unit where printed so;
 * a conversion between units is always explicit (see `core/numbers/convertUnit`).
 */
export type Unit =
  | "JPY"
  | "JPY thousands"
  | "JPY millions"
  | "USD thousands"
  | "contracts"
  | "Gbps"
  | "shares"
  | "ADS"
  | "percent";

/** Every unit, for parsing and validation. */
export const UNITS: ReadonlyArray<Unit> = [
  "JPY",
  "JPY thousands",
  "JPY millions",
  "USD thousands",
  "contracts",
  "Gbps",
  "shares",
  "ADS",
  "percent",
];
