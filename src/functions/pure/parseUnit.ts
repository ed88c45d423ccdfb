import { parseRequestedUnit, type RequestedUnit } from "../../core/numbers/RequestedUnit";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

/**
 * A unit argument: the unit the text names, or a message listing the units.
 *
 * @param text - the unit as typed
 * @returns the unit, or a message
 * @example
 * parseUnit("百万円") //=> { ok: true, value: "JPY millions" }
 */
export function parseUnit(text: string): FunctionResult<RequestedUnit> {
  const unit = parseRequestedUnit(text);
  return unit === null
    ? invalidValue({ kind: "unknownUnit", text: text.slice(0, 40) })
    : succeed(unit);
}
