import type { ArgumentsOf, ParameterSpec } from "../catalogue/FunctionSpec";
import { parameterList } from "../catalogue/functionSyntax";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";
import { isAbsent, readNumber, readText } from "./readArgument";

function words(name: string): string {
  return name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

function readOne(p: ParameterSpec, value: unknown): FunctionResult<string | number | undefined> {
  const what = p.what ?? words(p.name);
  if (p.optional === true && isAbsent(value)) {
    return succeed(p.default);
  }
  return p.type === "number" ? readNumber(value, what) : readText(value, what);
}

/**
 * Reads the arguments Excel (or the playground) passed, as the catalogue's parameters say: more
 * arguments than parameters is an error naming how many the function takes; each argument is read
 * by its type, the first unreadable one is the error; a left-out optional is its default.
 *
 * @param name - the function's name for the message ("IIJ.EBITDA")
 * @param parameters - the catalogue's parameters
 * @param args - the arguments as passed (left-out ones undefined or null)
 * @returns the arguments by parameter name, or the first problem
 * @example
 * readArguments("IIJ.EBITDA", FUNCTION_CATALOGUE.EBITDA.parameters, ["4Q02", "JPY", "x"]).ok //=> false
 */
export function readArguments<Ps extends ReadonlyArray<ParameterSpec>>(
  name: string,
  parameters: Ps,
  args: ReadonlyArray<unknown>
): FunctionResult<ArgumentsOf<Ps>> {
  if (args.length > parameters.length) {
    return invalidValue({
      kind: "argumentCount",
      name,
      least: parameters.filter((p) => p.optional !== true).length,
      most: parameters.length,
      parameters: parameterList(parameters),
      given: args.length,
    });
  }
  const read: Record<string, string | number | undefined> = {};
  for (let i = 0; i < parameters.length; i++) {
    const value = readOne(parameters[i], args[i]);
    if (!value.ok) {
      return value;
    }
    read[parameters[i].name] = value.value;
  }
  // The loop above gives every parameter its name, read by the type ArgumentsOf says.
  return succeed(read as ArgumentsOf<Ps>);
}
