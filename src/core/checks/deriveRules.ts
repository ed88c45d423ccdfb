import type { DatasetIndex } from "../model/DatasetIndex";
import { compileRules } from "./compileRules";
import type { Rule } from "./Rule";

/**
 * Every check the dataset's own description implies, as rule objects: shares and changes from
 * the percentage columns' bases, footings from subtotals' children, translations from USD
 * columns, the reconciliations and claims the dataset lists, and the two editions against each
 * other. The rules `compileRules` compiled, each built once.
 *
 * @param index - the dataset index
 * @returns the rules, each once, in table order; the same array for the same index
 * @example
 * deriveRules(index).filter((r) => r.kind === "claim").length //=> index.dataset.claims.length
 */
export function deriveRules(index: DatasetIndex): ReadonlyArray<Rule> {
  return compileRules(index).all();
}
