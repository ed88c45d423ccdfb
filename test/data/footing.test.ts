import json from "../../src/data/release.json";
import type { Dataset } from "../../src/core/model/Dataset";
import type { Edition } from "../../src/core/model/Edition";
import type { CellRef } from "../../src/core/model/CellRef";
import type { Column, Row, Table } from "../../src/core/model/Table";

/**
 * Footing: every subtotal and total equals the signed sum of its children, as printed. Amounts in
 * JPY (and contracts, Gbps) must foot exactly; USD translations are each rounded on their own, so
 * a total may differ from its children's sum by up to half a unit per child.
 */

const data = json as unknown as Dataset;

type Footing = {
  readonly cell: string;
  readonly sum: number;
  readonly printed: number;
  readonly children: number;
};

function footings(kinds: ReadonlyArray<Column["kind"]>): Footing[] {
  const out: Footing[] = [];
  const visit = (table: Table, edition: Edition, row: Row): void => {
    const figures = table.figures[edition] ?? {};
    table.columns.forEach((column, j) => {
      const total = figures[row.id]?.[j];
      if (!kinds.includes(column.kind) || total === null || total === undefined) {
        return;
      }
      const sum = (row.children ?? []).reduce(
        (acc, child) => acc + child.sign * (figures[child.item]?.[j]?.value ?? 0),
        0
      );
      out.push({
        cell: `${table.id}/${edition}/${row.id}/${column.id}`,
        sum: Math.round(sum * 1000) / 1000,
        printed: total.value ?? 0,
        children: row.children?.length ?? 0,
      });
    });
  };
  for (const table of data.tables) {
    for (const edition of ["en", "ja"] as const) {
      table.rows.filter((r) => r.children !== undefined).forEach((r) => visit(table, edition, r));
    }
  }
  return out;
}

describe("footing of subtotals and totals", () => {
  it("foots every subtotal and total of every JPY, contract and bandwidth column exactly", () => {
    const all = footings(["amount"]);
    const broken = all.filter((f) => f.sum !== f.printed).map((f) => f.cell);
    expect(all).toHaveLength(182);
    // Every one foots as printed: the release has no JPY total that misses its parts.
    expect(broken).toEqual([]);
  });

  it("checks the net loss against its four parts in every JPY column of both editions", () => {
    const netLoss = footings(["amount"]).filter((f) => f.cell.includes("/net_loss/"));
    expect(netLoss).toHaveLength(10);
    expect(netLoss.filter((f) => f.sum !== f.printed || f.children !== 4)).toEqual([]);
  });

  it("foots every USD subtotal and total within half a unit per child", () => {
    const usd = footings(["usd"]);
    const outside = usd.filter((f) => Math.abs(f.sum - f.printed) > f.children / 2);
    expect(usd.length).toBeGreaterThan(50);
    expect(outside.map((f) => f.cell)).toEqual([]);
  });

  it("knows the USD totals that differ from their children's sum by rounding", () => {
    const differing = footings(["usd"])
      .filter((f) => f.sum !== f.printed)
      .map((f) => `${f.cell}: ${f.printed - f.sum}`);
    expect(differing).toEqual([
      "operations_quarterly/ja/revenues.connectivity_vas_total/usd_4Q02: 1",
      "operations_quarterly/ja/costs.total_costs/usd_4Q02: 1",
      "operations_annual/ja/loss_before_tax/usd_FY2002: -1",
    ]);
  });
});

describe("reconciliations across tables", () => {
  const SCALE: Readonly<Record<string, number>> = {
    "JPY thousands": 1e3,
    "JPY millions": 1e6,
    "USD thousands": 1,
  };
  const tables = new Map(data.tables.map((t) => [t.id, t] as const));
  const cell = (ref: CellRef, edition: Edition): { value: number; scale: number } | null => {
    const table = tables.get(ref.table) as Table;
    const j = table.columns.findIndex((c) => c.id === ref.column);
    const column = table.columns[j];
    const figure = table.figures[edition]?.[ref.item]?.[j];
    if (figure === undefined || figure === null || !("unit" in column)) {
      return null;
    }
    return { value: figure.value ?? 0, scale: SCALE[column.unit] };
  };

  it("holds every reconciliation in every edition that prints all its cells, within rounding", () => {
    let checked = 0;
    const off: string[] = [];
    for (const rec of data.reconciliations) {
      for (const edition of ["en", "ja"] as const) {
        const total = cell(rec.total, edition);
        const parts = rec.parts.map((p) => ({ sign: p.sign, cell: cell(p.ref, edition) }));
        if (total === null || parts.some((p) => p.cell === null)) {
          continue;
        }
        checked += 1;
        const sum = parts.reduce(
          (acc, p) => acc + p.sign * (p.cell?.value ?? 0) * (p.cell?.scale ?? 0),
          0
        );
        const coarsest = Math.max(total.scale, ...parts.map((p) => p.cell?.scale ?? 0));
        if (Math.abs(sum - total.value * total.scale) > (coarsest / 2) * parts.length) {
          off.push(`${rec.id} (${edition})`);
        }
      }
    }
    expect(checked).toBe(94);
    expect(off).toEqual([]);
  });
});
