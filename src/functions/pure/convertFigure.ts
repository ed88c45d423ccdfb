import {
  convertAmount,
  type ConversionProblem,
  type NativeAmount,
} from "../../core/numbers/convertAmount";
import type { RequestedUnit } from "../../core/numbers/RequestedUnit";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

function message(problem: ConversionProblem): string {
  switch (problem.kind) {
    case "percentHasNoUnit":
      return `${problem.label} is a percentage; it has no amount in ${problem.wanted}. Leave out the unit.`;
    case "notYen":
      return `${problem.label} is in ${problem.unit}, not in yen: it has no dollar amount.`;
    case "incompatibleUnit":
      return `${problem.label} is in ${problem.unit}; it cannot be given in ${problem.wanted}.`;
  }
}

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
  return conversion.ok ? succeed(conversion.value) : invalidValue(message(conversion.problem));
}
