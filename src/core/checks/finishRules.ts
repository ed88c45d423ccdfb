import type { CellRef } from "../model/CellRef";
import type { Claim } from "../model/Claim";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import type { Reconciliation } from "../model/Reconciliation";
import type { CellSpace, CompiledRules } from "./CompiledRules";
import type { Rule } from "./Rule";
import type { RuleBuilder } from "./RuleBuilder";
import { RULE_KINDS } from "./RuleKind";
import { ruleOperands } from "./ruleOperands";

const EDITIONS: ReadonlyArray<ReadonlyArray<Edition>> = [[], ["en"], ["ja"], ["en", "ja"]];

/**
 * The compiled rules of a finished builder: its arrays cut to the rules it holds, and rule
 * objects built only when asked for (`rule`, `all`).
 *
 * @param index - the dataset index the rules were compiled from
 * @param b - the builder, every rule added
 * @param cells - the cells the rules read
 * @param printed - the dataset's printed figures per edition, read while compiling
 * @returns the compiled rules
 */
export function finishRules(
  index: DatasetIndex,
  b: RuleBuilder,
  cells: CellSpace,
  printed: CompiledRules["printed"]
): CompiledRules {
  const size = b.size;
  const tables = index.dataset.tables;
  const ref = (cell: number): CellRef => {
    if (cell >= cells.dense) {
      return cells.extra[cell - cells.dense];
    }
    let t = tables.length - 1;
    while (cells.base[t] > cell) {
      t -= 1;
    }
    const table = tables[t];
    const offset = cell - cells.base[t];
    const columns = table.columns.length;
    return {
      table: table.id,
      item: table.rows[Math.floor(offset / columns)].id,
      column: table.columns[offset % columns].id,
    };
  };
  const built: Rule[] = [];
  let all: ReadonlyArray<Rule> | null = null;
  const result: CompiledRules = {
    index,
    size,
    kind: b.kind.subarray(0, size),
    recompute: b.recompute.subarray(0, size),
    editions: b.editions.subarray(0, size),
    target: b.target.subarray(0, size),
    start: b.start.subarray(0, size + 1),
    operand: b.operand.subarray(0, b.operands),
    sign: b.sign.subarray(0, b.operands),
    scale: b.scale.subarray(0, b.operands),
    shape: b.shape.subarray(0, size),
    shapes: {
      count: Int8Array.from(b.shapes.count),
      offA: Int32Array.from(b.shapes.offA),
      offB: Int32Array.from(b.shapes.offB),
      whole: Int32Array.from(b.shapes.whole),
      scaleA: Float64Array.from(b.shapes.scaleA),
    },
    cells,
    printed,
    ref,
    rule: (i) => (built[i] ??= ruleOf(result, b.origin.get(i), i)),
    all: () => (all ??= Array.from({ length: size }, (_, i) => result.rule(i))),
  };
  return result;
}

/** Rule `i` as the object `Rule` describes, with the ids and references deriveRules gave. */
function ruleOf(rules: CompiledRules, origin: Reconciliation | Claim | undefined, i: number): Rule {
  const kind = RULE_KINDS[rules.kind[i]];
  const editions = EDITIONS[rules.editions[i]];
  const target = rules.ref(rules.target[i]);
  const operands = ruleOperands(rules, i);
  const terms = () =>
    operands.map((o) => ({ ref: rules.ref(o.cell), sign: o.sign, scale: o.scale }));
  const cell = (k: number) => rules.ref(operands[k].cell);
  const id = `${kind}:${target.table}:${target.item}:${target.column}`;
  switch (kind) {
    case "share":
      return { kind, id, editions, target, numerator: cell(0), denominator: cell(1) };
    case "change":
      return { kind, id, editions, target, current: cell(0), prior: cell(1) };
    case "footing":
      return { kind, id, editions, target, terms: terms() };
    case "translation":
      return { kind, id, editions, target, jpy: cell(0), factor: operands[0].scale };
    case "reconciliation":
      return { kind, id: `reconciliation:${origin?.id}`, editions, target, terms: terms() };
    case "claim":
      return { kind, id: `claim:${origin?.id}`, editions, target, claim: origin as Claim };
    case "edition":
      return { kind, id, editions, target };
  }
}
