import type { DatasetIndex } from "../../src/core/model/DatasetIndex";
import type { Edition } from "../../src/core/model/Edition";
import type { Table } from "../../src/core/model/Table";
import { unitScale } from "../../src/core/numbers/unitScale";
import { cellUnit } from "../../src/core/checks/cellUnit";
import { CLAIMS_TABLE, type Rule } from "../../src/core/checks/Rule";

function editionsOf(table: Table): ReadonlyArray<Edition> {
  return (["en", "ja"] as const).filter((e) => table.figures[e] !== undefined);
}

function hasFigure(
  table: Table,
  editions: ReadonlyArray<Edition>,
  rowId: string,
  columnIndex: number
): boolean {
  return editions.some((e) => (table.figures[e]?.[rowId]?.[columnIndex] ?? null) !== null);
}

function tableRules(index: DatasetIndex, table: Table): Rule[] {
  const rules: Rule[] = [];
  const editions = editionsOf(table);
  const at = (item: string, column: string) => ({ table: table.id, item, column });
  table.columns.forEach((column, c) => {
    for (const row of table.rows) {
      if (row.role === "heading" || !hasFigure(table, editions, row.id, c)) {
        continue;
      }
      const target = at(row.id, column.id);
      const id = `${table.id}:${row.id}:${column.id}`;
      const checked = row.checked !== false;
      switch (column.kind) {
        case "share":
          if (checked) {
            const denominator = at(row.shareBase ?? column.baseItem, column.of);
            rules.push({
              kind: "share",
              id: `share:${id}`,
              editions,
              target,
              numerator: at(row.id, column.of),
              denominator,
            });
          }
          break;
        case "change":
          if (checked) {
            rules.push({
              kind: "change",
              id: `change:${id}`,
              editions,
              target,
              current: at(row.id, column.current),
              prior: at(row.id, column.prior),
            });
          }
          break;
        case "usd": {
          const jpy = at(row.id, column.translates);
          const scale = unitScale(cellUnit(index, jpy) ?? "JPY", "JPY");
          if (scale !== null && checked) {
            const factor = scale / (index.dataset.fxRate.jpyPerUsd * 1000);
            rules.push({
              kind: "translation",
              id: `translation:${id}`,
              editions,
              target,
              jpy,
              factor,
            });
          }
          break;
        }
        case "amount":
        case "rate":
          break;
      }
      if ((column.kind === "amount" || column.kind === "usd") && row.children !== undefined) {
        const terms = row.children
          .filter((child) => hasFigure(table, editions, child.item, c))
          .map((child) => ({ ref: at(child.item, column.id), sign: child.sign, scale: 1 }));
        rules.push({ kind: "footing", id: `footing:${id}`, editions, target, terms });
      }
      if (editions.length === 2) {
        rules.push({ kind: "edition", id: `edition:${id}`, editions, target });
      }
    }
  });
  return rules;
}

function reconciliationRules(index: DatasetIndex): Rule[] {
  return index.dataset.reconciliations.map((rec) => {
    const totalUnit = cellUnit(index, rec.total) ?? "JPY";
    // A reconciliation holds in an edition only where every table it names is printed.
    const tables = [rec.total, ...rec.parts.map((p) => p.ref)].map((ref) =>
      index.tables.get(ref.table)
    );
    const editions = (["en", "ja"] as const).filter((e) =>
      tables.every((t) => t !== undefined && t.figures[e] !== undefined)
    );
    const terms = rec.parts.map((part) => ({
      ref: part.ref,
      sign: part.sign,
      scale: unitScale(cellUnit(index, part.ref) ?? totalUnit, totalUnit) ?? 1,
    }));
    return {
      kind: "reconciliation",
      id: `reconciliation:${rec.id}`,
      editions,
      target: rec.total,
      terms,
    };
  });
}

/**
 * The rules as deriveRules built them object by object before the engine was compiled: the
 * oracle the compiled derivation is compared with (test/core/checks/compiledEngine.test.ts).
 *
 * @param index - the dataset index
 * @returns the rules, in table order
 */
export function referenceRules(index: DatasetIndex): ReadonlyArray<Rule> {
  const claims: Rule[] = index.dataset.claims.map((claim) => ({
    kind: "claim",
    id: `claim:${claim.id}`,
    editions: [claim.edition],
    target: { table: CLAIMS_TABLE, item: claim.id, column: "claimed" },
    claim,
  }));
  return [
    ...index.dataset.tables.flatMap((table) => tableRules(index, table)),
    ...reconciliationRules(index),
    ...claims,
  ];
}
