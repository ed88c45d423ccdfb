import { convertAmount, type NativeAmount } from "../../core/numbers/convertAmount";
import type { RequestedUnit } from "../../core/numbers/RequestedUnit";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

/**
 * A figure in the unit a function's user asks for (core/numbers' convertAmount), or #VALUE! with
 * a message saying why it has none in that unit.
 *
 * @param amount - the amount as printed
 * @param wanted - the unit asked for; undefined keeps the printed unit
 * @param jpyPerUsd - the release's convenience rate
 * @returns the value, or the failure
 * @example
 * convertFigure({ value: 156, decimals: 0, unit: "contracts", label: "Data Center" }, "USD", 118.07).ok //=> false
 */
export function convertFigure(
  amount: NativeAmount,
  wanted: RequestedUnit | undefined,
  jpyPerUsd: number
): FunctionResult<number> {
  const conversion = convertAmount(amount, wanted, jpyPerUsd);
  return conversion.ok
    ? succeed(conversion.value)
    : invalidValue({ kind: "conversion", problem: conversion.problem });
}
