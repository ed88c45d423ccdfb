import type { DatasetIndex } from "../model/DatasetIndex";
import type { CompiledRules } from "./CompiledRules";
import { finishRules } from "./finishRules";
import { listedRules } from "./listedRules";
import { CellNumbering } from "./CellNumbering";
import { ruleBuilder } from "./RuleBuilder";
import { tableRules } from "./tableRules";

// Rules depend only on the dataset: compiled once per index, however many checks ask.
const compiled = new WeakMap<DatasetIndex, CompiledRules>();

/**
 * Every check the dataset's own description implies, compiled into typed arrays: shares and
 * changes from the percentage columns' bases, footings from subtotals' children, translations
 * from USD columns, the reconciliations and claims the dataset lists, and the two editions
 * against each other; in table order, column by column. A table cell gets rules only where an
 * edition prints a figure: the index's printed figures (`DatasetPrinted`), numbered as the
 * rules number cells, are read in place and kept for the checks of those same figures.
 * Compiled once per index.
 *
 * @param index - the dataset index
 * @returns the compiled rules; the same object for the same index
 * @example
 * compileRules(index).all().filter((r) => r.kind === "claim").length //=> index.dataset.claims.length
 */
export function compileRules(index: DatasetIndex): CompiledRules {
  const known = compiled.get(index);
  if (known !== undefined) {
    return known;
  }
  const cells = new CellNumbering(index);
  const printed = index.printed;
  const b = ruleBuilder(index);
  for (let t = 0; t < index.dataset.tables.length; t++) {
    tableRules(index, b, t, cells, printed);
  }
  listedRules(index, b, cells);
  const rules = finishRules(index, b, cells.space(), printed);
  compiled.set(index, rules);
  return rules;
}
