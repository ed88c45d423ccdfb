import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import { unitScale } from "../numbers/unitScale";
import { cellUnit } from "./cellUnit";
import { EDITION_BIT, RECOMPUTE } from "./CompiledRules";
import type { CellNumbering } from "./CellNumbering";
import { CLAIMS_TABLE } from "./Rule";
import { addOperand, KIND, openRule, type RuleBuilder } from "./RuleBuilder";

/**
 * The rules the dataset lists rather than implies: each reconciliation (its total from its
 * parts, each part scaled into the total's unit), then each claim of the prose (its figure
 * recomputed from the amounts it names).
 *
 * @param index - the dataset index
 * @param b - the builder the rules are added to
 * @param cells - the cell numbering
 */
export function listedRules(index: DatasetIndex, b: RuleBuilder, cells: CellNumbering): void {
  for (const rec of index.dataset.reconciliations) {
    const totalUnit = cellUnit(index, rec.total) ?? "JPY";
    // A reconciliation holds in an edition only where every table it names is printed.
    const tables = [rec.total, ...rec.parts.map((p) => p.ref)].map((ref) =>
      index.tables.get(ref.table)
    );
    const holds = (e: Edition) =>
      tables.every((t) => t !== undefined && t.figures[e] !== undefined);
    const editions = (holds("en") ? EDITION_BIT.en : 0) | (holds("ja") ? EDITION_BIT.ja : 0);
    b.origin.set(b.size, rec);
    openRule(b, KIND.reconciliation, RECOMPUTE.linear, editions, cells.of(rec.total));
    for (const part of rec.parts) {
      const scale = unitScale(cellUnit(index, part.ref) ?? totalUnit, totalUnit) ?? 1;
      addOperand(b, cells.of(part.ref), part.sign, scale);
    }
  }
  for (const claim of index.dataset.claims) {
    const f = claim.formula;
    const [first, second, recompute] =
      f.kind === "change"
        ? [f.current, f.base, RECOMPUTE.change]
        : f.kind === "share"
          ? [f.numerator, f.denominator, RECOMPUTE.share]
          : [f.revenue, f.cost, RECOMPUTE.margin];
    b.origin.set(b.size, claim);
    const target = cells.of({ table: CLAIMS_TABLE, item: claim.id, column: "claimed" });
    openRule(b, KIND.claim, recompute, EDITION_BIT[claim.edition], target);
    addOperand(b, cells.of(first), 1, 1);
    addOperand(b, cells.of(second), 1, 1);
  }
}
