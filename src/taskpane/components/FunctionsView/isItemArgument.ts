import { FUNCTION_REFERENCE } from "../../services/functionReference";

/**
 * Whether a function's argument is an item, read from the reference's syntax (`IIJ.VALUE(item,
 * period, …)`): there the playground suggests item names.
 *
 * @param name - the function's name, upper case, without "IIJ."
 * @param argument - the argument's position, from 1
 * @returns true for an `item` parameter
 * @example
 * isItemArgument("VALUE", 1) //=> true
 */
export function isItemArgument(name: string, argument: number): boolean {
  const entry = FUNCTION_REFERENCE.find((f) => f.name === `IIJ.${name}`);
  const parameters = /\((.*)\)/.exec(entry?.syntax ?? "")?.[1].split(",") ?? [];
  return parameters[argument - 1]?.replace(/[[\]\s]/g, "") === "item";
}
