import type { FunctionsCore } from "../../functions/pure/functionsCore";
import { FUNCTION_IDS } from "../../functions/functionIds";
import type { PlaygroundFunction } from "./createPlayground";

/**
 * The playground's names for the functions' core: every function of the catalogue under the id
 * Excel knows it by. Left-out arguments arrive as null, as Excel passes them.
 *
 * @param core - the functions' core over the dataset
 * @returns name (without "IIJ.") → function
 * @example
 * playgroundRegistry(createFunctionsCore(index)).EBITDA(["4Q02"]) //=> { ok: true, value: 459 }
 */
export function playgroundRegistry(
  core: FunctionsCore
): Readonly<Record<string, PlaygroundFunction>> {
  return Object.fromEntries(
    FUNCTION_IDS.map((id): [string, PlaygroundFunction] => [id, (args) => core[id](...args)])
  );
}
