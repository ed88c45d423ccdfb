import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import { EDITION_BIT, NO_SHAPES, RECOMPUTE, type CompiledRules } from "./CompiledRules";
import type { Rule } from "./Rule";
import { RULE_KINDS } from "./RuleKind";

/** A rule's recomputation and operands: [cell reference, sign, scale]. */
function operandsOf(rule: Rule): [number, ReadonlyArray<readonly [CellRef, number, number]>] {
  switch (rule.kind) {
    case "share":
      return [
        RECOMPUTE.share,
        [
          [rule.numerator, 1, 1],
          [rule.denominator, 1, 1],
        ],
      ];
    case "change":
      return [
        RECOMPUTE.change,
        [
          [rule.current, 1, 1],
          [rule.prior, 1, 1],
        ],
      ];
    case "footing":
    case "reconciliation":
      return [RECOMPUTE.linear, rule.terms.map((t) => [t.ref, t.sign, t.scale] as const)];
    case "translation":
      return [RECOMPUTE.translation, [[rule.jpy, 1, rule.factor]]];
    case "edition":
      return [RECOMPUTE.edition, []];
    case "claim": {
      const f = rule.claim.formula;
      switch (f.kind) {
        case "change":
          return [
            RECOMPUTE.change,
            [
              [f.current, 1, 1],
              [f.base, 1, 1],
            ],
          ];
        case "share":
          return [
            RECOMPUTE.share,
            [
              [f.numerator, 1, 1],
              [f.denominator, 1, 1],
            ],
          ];
        case "margin":
          return [
            RECOMPUTE.margin,
            [
              [f.revenue, 1, 1],
              [f.cost, 1, 1],
            ],
          ];
      }
    }
  }
}

/**
 * Rules given as objects (a hand-made list, rules of a table of the user's), compiled as
 * `compileRules` compiles a dataset's: every cell they name is numbered by its reference.
 *
 * @param index - the dataset index the findings are described from
 * @param list - the rules
 * @returns the compiled rules; `rule(i)` is `list[i]`
 * @example
 * compileRuleList(index, [shareRule]).size //=> 1
 */
export function compileRuleList(index: DatasetIndex, list: ReadonlyArray<Rule>): CompiledRules {
  const extra: CellRef[] = [];
  const numbered = new Map<string, number>();
  const cell = (ref: CellRef): number => {
    const key = `${ref.table}|${ref.item}|${ref.column}`;
    let n = numbered.get(key);
    if (n === undefined) {
      n = extra.length;
      extra.push(ref);
      numbered.set(key, n);
    }
    return n;
  };
  const start: number[] = [];
  const operand: number[] = [];
  const sign: number[] = [];
  const scale: number[] = [];
  const recompute: number[] = [];
  for (const rule of list) {
    const [how, operands] = operandsOf(rule);
    recompute.push(how);
    start.push(operand.length);
    for (const [ref, s, k] of operands) {
      operand.push(cell(ref));
      sign.push(s);
      scale.push(k);
    }
  }
  start.push(operand.length);
  return {
    index,
    size: list.length,
    kind: Uint8Array.from(list, (r) => RULE_KINDS.indexOf(r.kind)),
    recompute: Uint8Array.from(recompute),
    editions: Uint8Array.from(list, (r) =>
      r.editions.reduce((bits, e) => bits | EDITION_BIT[e], 0)
    ),
    target: Int32Array.from(list, (r) => cell(r.target)),
    start: Int32Array.from(start),
    operand: Int32Array.from(operand),
    sign: Int8Array.from(sign),
    scale: Float64Array.from(scale),
    // Every operand listed: no rule takes a shape.
    shape: new Uint16Array(list.length),
    shapes: NO_SHAPES,
    cells: { base: new Int32Array(0), dense: 0, extra, used: new Uint8Array(0) },
    printed: {},
    ref: (n) => extra[n],
    rule: (i) => list[i],
    all: () => list,
  };
}
