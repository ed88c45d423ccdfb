import type { DatasetIndex } from "../../core/model/DatasetIndex";
import { FUNCTION_CATALOGUE } from "../catalogue/functionCatalogue";
import {
  FUNCTION_IMPLEMENTATIONS,
  type Implementation,
  type ResultOf,
} from "../catalogue/functionImplementations";
import { FUNCTION_IDS, type FunctionId } from "../functionIds";
import { boundedMemo, isMemoKey } from "./boundedMemo";
import { functionsContext, type FunctionsContext } from "./FunctionsContext";
import type { FunctionResult } from "./FunctionResult";
import { readArguments } from "./readArguments";

/** The most results remembered per function before the memo starts afresh. */
export const MEMO_LIMIT = 1000;

/** The most arguments a memo key holds; a call with more is computed each time. */
const MEMO_ARGUMENTS = 4;

/** One IIJ.* function as Excel and the playground call it: arguments as passed, a tagged result. */
export type CoreFunction<R> = (...args: ReadonlyArray<unknown>) => FunctionResult<R>;

/**
 * The IIJ.* functions over one dataset, by id, each taking arguments as Excel passes them
 * (anything) and returning a tagged result; `functions.ts` turns failures into
 * `CustomFunctions.Error`.
 */
export type FunctionsCore = { readonly [K in FunctionId]: CoreFunction<ResultOf<K>> };

/** Reads the arguments as the catalogue says, then runs the implementation. */
function bind<K extends FunctionId>(context: FunctionsContext, id: K): CoreFunction<ResultOf<K>> {
  const { parameters } = FUNCTION_CATALOGUE[id];
  // The catalogue's parameters and the implementation's arguments are both FUNCTION_CATALOGUE[K];
  // TypeScript cannot follow K through the two lookups, so the pair is typed here once.
  const implementation = FUNCTION_IMPLEMENTATIONS[id] as Implementation<FunctionId> as (
    context: FunctionsContext,
    args: unknown
  ) => FunctionResult<ResultOf<K>>;
  return (...args) => {
    const read = readArguments(`IIJ.${id}`, parameters, args);
    return read.ok ? implementation(context, read.value) : read;
  };
}

/** Remembers a function's results by its (primitive) arguments, up to MEMO_LIMIT of them. */
function memoized<R>(compute: CoreFunction<R>): CoreFunction<R> {
  const memo = boundedMemo<FunctionResult<R>>(MEMO_LIMIT);
  return (...args) => {
    if (args.length > MEMO_ARGUMENTS || !args.every(isMemoKey)) {
      return compute(...args);
    }
    const [a, b, c, d] = args;
    const known = memo.get(a, b, c, d);
    if (known !== undefined) {
      return known;
    }
    const result = compute(...args);
    memo.set(a, b, c, d, result);
    return result;
  };
}

/**
 * Builds every IIJ.* function of the catalogue over one dataset index (built once, at load).
 *
 * @param index - the dataset index
 * @returns the functions, by id
 * @example
 * createFunctionsCore(buildIndex(dataset)).EBITDA("4Q02") //=> { ok: true, value: 459 }
 */
export function createFunctionsCore(index: DatasetIndex): FunctionsCore {
  const context = functionsContext(index);
  const entries = FUNCTION_IDS.map((id) => [id, memoized(bind(context, id))] as const);
  // Object.fromEntries loses the per-id result types that FunctionsCore states.
  return Object.fromEntries(entries) as unknown as FunctionsCore;
}
