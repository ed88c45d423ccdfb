import fc from "fast-check";
import { formatAmount } from "../../../src/core/checks/formatAmount";
import type { GridCell } from "../../../src/core/inference/GridCell";

/** A statement drawn at random: blocks (each with its own 100% base) of sections of items. */
export type Statement = {
  /** Per block, per section, per item, the exact amount (yen) of each period. */
  readonly blocks: ReadonlyArray<ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>>;
  readonly periods: number;
  readonly usd: boolean;
  readonly headers: boolean;
  readonly percentSign: boolean;
};

/** A statement laid out as a grid, and the relations it was built with. */
export type StatementGrid = {
  readonly grid: GridCell[][];
  /** The relations, as `describeExpected` strings. */
  readonly expected: string[];
  /** Grid cells holding a reported percentage that is not a 100.0 base: "row,column". */
  readonly percentCells: string[];
};

const RATE = 118.07;

// Amounts of 200,000 to 3,000,000 thousand yen, one in five negative: precise enough that a
// percentage moved by two units of its last digit always lies a full unit outside what they support.
const exactAmount = fc
  .tuple(fc.integer({ min: 200_000_000, max: 3_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([v, sign]) => (sign === 0 ? -v : v));

const item = (periods: number): fc.Arbitrary<number[]> =>
  fc.array(exactAmount, { minLength: periods, maxLength: periods });

/**
 * Whether a statement's figures can be read back unambiguously (see the comments within).
 *
 * @param s - the statement
 * @returns false for a statement no reader could disambiguate
 */
export function isReadableStatement(s: Statement): boolean {
  return (
    // Every base must be a real total: positive and well away from zero in each period. No section
    // may show 100.0% of it either (the other sections summing to about nothing): such a section
    // is a second base as rightly as the block's total, and no reader could tell them apart.
    s.blocks.every((block) =>
      Array.from({ length: s.periods }, (_, p) => {
        const sections = block.map((section) => section.reduce((sum, row) => sum + row[p], 0));
        const total = sections.reduce((sum, v) => sum + v, 0);
        // A section's items may cancel out, but a prior period's section total must stay as large
        // as an item: a change over a total of 13,063 thousand is known only to 2961.96–2962.20%,
        // so 2961.9 (2962.1 moved by two units) lies under a unit outside: minor, not major.
        const priorOk = p === 0 || sections.every((v) => Math.abs(v) >= 200_000_000);
        return (
          priorOk && total > 1_000_000_000 && sections.every((v) => Math.abs(v / total - 1) > 0.001)
        );
      }).every(Boolean)
    )
  );
}

/** Random statements: 1–2 blocks of 2–3 sections of 2–5 items, 2–3 periods. */
export const statementArbitrary: fc.Arbitrary<Statement> = fc
  .integer({ min: 2, max: 3 })
  .chain((periods) =>
    fc.record({
      blocks: fc.array(
        fc.array(fc.array(item(periods), { minLength: 2, maxLength: 5 }), {
          minLength: 2,
          maxLength: 3,
        }),
        {
          minLength: 1,
          maxLength: 2,
        }
      ),
      periods: fc.constant(periods),
      usd: fc.boolean(),
      headers: fc.boolean(),
      percentSign: fc.boolean(),
    })
  )
  .filter(isReadableStatement);

function amount(exact: number, scale: number): string {
  const rounded = Math.round(exact / scale);
  return rounded < 0 ? `(${formatAmount(-rounded, 0)})` : formatAmount(rounded, 0);
}

function percent(value: number, sign: boolean): string {
  const text = (Math.round(value * 10) / 10).toFixed(1);
  const negative = text.startsWith("-") && Number(text) !== 0;
  const body = negative ? text.slice(1) : text.replace(/^-/, "");
  return negative ? `(${body}${sign ? "%" : ""})` : `${body}${sign ? "%" : ""}`;
}

/**
 * Lays a statement out as a preparer would: amounts in JPY thousands rounded from exact yen,
 * each period's share of its block's total and the changes from the prior periods rounded from the
 * exact amounts, section totals and block totals computed exactly, then rounded.
 *
 * @param s - the statement
 * @returns the grid and the relations it holds
 */
export function statementGrid(s: Statement): StatementGrid {
  // Columns: label, [usd], then per period amount + share, then one change per prior period.
  const first = s.usd ? 2 : 1;
  const amountCol = (p: number): number => first + 2 * p;
  const shareCol = (p: number): number => amountCol(p) + 1;
  const changeCol = (k: number): number => first + 2 * s.periods + k;
  const width = changeCol(s.periods - 1);
  const grid: GridCell[][] = [];
  const blank = (): GridCell[] => Array.from({ length: width }, () => ({ text: "" }));
  const expected: string[] = [];
  const percentCells: string[] = [];
  if (s.headers) {
    const header = blank();
    if (s.usd) {
      header[1] = { text: "USD" };
    }
    for (let p = 0; p < s.periods; p++) {
      header[amountCol(p)] = { text: `P${p} JPY` };
      header[shareCol(p)] = { text: "%" };
    }
    for (let k = 1; k < s.periods; k++) {
      header[changeCol(k - 1)] = { text: `Chg % vs P${k}` };
    }
    grid.push(header);
  }
  const shareBlocks: string[][] = Array.from({ length: s.periods }, () => []);
  s.blocks.forEach((block, b) => {
    if (b > 0) {
      grid.push(blank());
    }
    const base = Array.from({ length: s.periods }, (_, p) =>
      block.flat().reduce((sum, r) => sum + r[p], 0)
    );
    const from = grid.length;
    const sectionRows: number[] = [];
    const addRow = (label: string, exact: ReadonlyArray<number>): number => {
      const row = blank();
      row[0] = { text: label };
      if (s.usd) {
        row[1] = { text: amount(exact[0], 1000 * RATE) };
      }
      for (let p = 0; p < s.periods; p++) {
        row[amountCol(p)] = { text: amount(exact[p], 1000) };
        row[shareCol(p)] = { text: percent((100 * exact[p]) / base[p], s.percentSign) };
      }
      for (let k = 1; k < s.periods; k++) {
        row[changeCol(k - 1)] = { text: percent(100 * (exact[0] / exact[k] - 1), s.percentSign) };
      }
      grid.push(row);
      return grid.length - 1;
    };
    block.forEach((section, si) => {
      const items = section.map((exact, i) => addRow(`Item ${b}.${si}.${i}`, exact));
      const total = Array.from({ length: s.periods }, (_, p) =>
        section.reduce((sum, r) => sum + r[p], 0)
      );
      const row = addRow(`Total section ${b}.${si}`, total);
      sectionRows.push(row);
      expected.push(`footing ${row} = ${items.join("+")}`);
    });
    const totalRow = addRow(`Total block ${b}`, base);
    expected.push(`footing ${totalRow} = ${sectionRows.join("+")}`);
    for (let p = 0; p < s.periods; p++) {
      shareBlocks[p].push(`${totalRow}:${from}-${totalRow}`);
    }
    for (let r = from; r <= totalRow; r++) {
      for (let p = 0; p < s.periods; p++) {
        if (r !== totalRow) {
          percentCells.push(`${r},${shareCol(p)}`);
        }
      }
      for (let k = 1; k < s.periods; k++) {
        percentCells.push(`${r},${changeCol(k - 1)}`);
      }
    }
  });
  for (let p = 0; p < s.periods; p++) {
    expected.push(`share ${shareCol(p)} of ${amountCol(p)} over ${shareBlocks[p].join(" ")}`);
  }
  for (let k = 1; k < s.periods; k++) {
    expected.push(`change ${changeCol(k - 1)} = ${amountCol(0)} / ${amountCol(k)}`);
  }
  return { grid, expected: expected.sort(), percentCells };
}
