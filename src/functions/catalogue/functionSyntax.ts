import type { FunctionId } from "../functionIds";
import type { ParameterSpec } from "./FunctionSpec";

/**
 * How a function's parameters are written in its syntax and in messages: "period, [unit]".
 *
 * @param parameters - the catalogue's parameters
 * @returns the parameter list
 * @example
 * parameterList(FUNCTION_CATALOGUE.EBITDA.parameters) //=> "period, [unit]"
 */
export function parameterList(parameters: ReadonlyArray<ParameterSpec>): string {
  return parameters.map((p) => (p.optional === true ? `[${p.name}]` : p.name)).join(", ");
}

/**
 * A function's syntax as Excel's help and the reference print it.
 *
 * @param id - the function's id
 * @param parameters - its parameters
 * @returns the syntax
 * @example
 * functionSyntax("EBITDA", FUNCTION_CATALOGUE.EBITDA.parameters) //=> "IIJ.EBITDA(period, [unit])"
 */
export function functionSyntax(id: FunctionId, parameters: ReadonlyArray<ParameterSpec>): string {
  return `IIJ.${id}(${parameterList(parameters)})`;
}
