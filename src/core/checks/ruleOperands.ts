import type { CompiledRules } from "./CompiledRules";

/** One operand of a compiled rule: its cell, sign and scale. */
export type RuleOperand = { readonly cell: number; readonly sign: 1 | -1; readonly scale: number };

/**
 * The operands of compiled rule `i`, in order: listed (`operand` from `start[i]`) or placed by
 * its shape (`RuleShapes`).
 *
 * @param rules - the compiled rules
 * @param i - the rule's number
 * @returns its operands
 * @example
 * ruleOperands(compileRules(index), 0).every((o) => o.sign === 1 || o.sign === -1) //=> true
 */
export function ruleOperands(rules: CompiledRules, i: number): ReadonlyArray<RuleOperand> {
  const s = rules.shape[i];
  if (s === 0) {
    const from = rules.start[i];
    return Array.from({ length: rules.start[i + 1] - from }, (_, k) => ({
      cell: rules.operand[from + k],
      sign: rules.sign[from + k] === -1 ? -1 : 1,
      scale: rules.scale[from + k],
    }));
  }
  const { count, offA, offB, whole, scaleA } = rules.shapes;
  const target = rules.target[i];
  const first: RuleOperand = { cell: target + offA[s], sign: 1, scale: scaleA[s] };
  if (count[s] === 1) {
    return [first];
  }
  return [first, { cell: whole[s] >= 0 ? whole[s] : target + offB[s], sign: 1, scale: 1 }];
}
