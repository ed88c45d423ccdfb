import { buildIndex } from "../core/model/buildIndex";
import { dataset } from "../data";
import type { ResultOf } from "./catalogue/functionImplementations";
import { createFunctionsCore } from "./pure/functionsCore";
import type { FunctionResult } from "./pure/FunctionResult";
import type { FunctionId } from "./functionIds";

// Indexed once, at load: every call is an argument check and a map lookup.
const core = createFunctionsCore(buildIndex(dataset));

/**
 * Calls function `id` with Excel's arguments and turns its result into the value, or throws the
 * CustomFunctions.Error Excel shows.
 *
 * @param id - the function's id
 * @param args - the arguments as Excel passed them
 * @returns the value
 * @example
 * answer("EBITDA", "4Q02") //=> 459
 */
export function answer<K extends FunctionId>(id: K, ...args: ReadonlyArray<unknown>): ResultOf<K> {
  let result: FunctionResult<ResultOf<K>>;
  try {
    result = core[id](...args);
  } catch (error) {
    // A defect must still reach the cell as an error with a message, never as a raw exception.
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `IIJ function failed: ${detail}`.slice(0, 255)
    );
  }
  if (result.ok) {
    return result.value;
  }
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode[result.code], result.message);
}
