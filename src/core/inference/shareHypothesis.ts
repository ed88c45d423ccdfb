import { shareVerdict } from "../checks/kernel/checkKernels";
import { VERDICT } from "../checks/kernel/Verdict";
import type { Hypothesis } from "./Hypothesis";
import { columnLetters } from "../layout/a1";
import { scoreVerdicts } from "./scoreVerdicts";
import type { GridColumn, TableGrid } from "./TableGrid";

function verdictOf(p: GridColumn, a: GridColumn, row: number, base: number): number {
  const part = a.values[row];
  const whole = a.values[base];
  const reported = p.values[row];
  if (
    !Number.isFinite(reported) ||
    !Number.isFinite(part) ||
    !Number.isFinite(whole) ||
    whole === 0
  ) {
    return VERDICT.notCheckable;
  }
  return shareVerdict(reported, p.digits[row], part, whole);
}

/**
 * The hypothesis that percentage column `p` is each row of amount column `a` as a share of a base
 * row, a row where `p` shows 100. With several bases, each serves a contiguous block: the rows
 * between two bases split where the most cells agree.
 *
 * @param table - the table
 * @param p - the percentage column
 * @param a - the amount column
 * @param preference - rank among hypotheses with the same verdicts
 * @returns the hypothesis, or null when no row of `p` shows 100 with an amount in `a`
 * @example
 * shareHypothesis(table, share4Q02, jpy4Q02, 1)?.consistent //=> 20
 */
export function shareHypothesis(
  table: TableGrid,
  p: GridColumn,
  a: GridColumn,
  preference: number
): Hypothesis | null {
  const n = table.rows.length;
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    if (Math.abs(p.values[i] - 100) < 1e-9 && Number.isFinite(a.values[i]) && a.values[i] !== 0) {
      candidates.push(i);
    }
  }
  if (candidates.length === 0) {
    return null;
  }
  const verdicts = new Uint8Array(n).fill(VERDICT.notCheckable);
  const owner = new Int32Array(n);
  const above = new Uint8Array(n);
  const consistent = (i: number): number => (verdicts[i] === VERDICT.consistent ? 1 : 0);
  // Gives rows `from` to `to` (exclusive) to the base above or below them (−1: none); between two
  // bases the rows split where the most of them agree, ties going to the lower base. Returns how
  // many rows, bases aside, are consistent.
  const fill = (from: number, to: number, upper: number, lower: number): number => {
    for (let i = from; i < to; i++) {
      verdicts[i] = verdictOf(p, a, i, lower < 0 ? upper : lower);
      owner[i] = lower < 0 ? upper : lower;
    }
    if (upper >= 0 && lower >= 0) {
      let score = 0;
      for (let i = from; i < to; i++) {
        above[i] = verdictOf(p, a, i, upper);
        score += consistent(i);
      }
      let best = score;
      let split = from - 1;
      for (let i = from; i < to - 1; i++) {
        score += (above[i] === VERDICT.consistent ? 1 : 0) - consistent(i);
        if (score > best) {
          best = score;
          split = i;
        }
      }
      for (let i = from; i <= split; i++) {
        verdicts[i] = above[i];
        owner[i] = upper;
      }
    }
    let sum = 0;
    for (let i = from; i < to; i++) {
      sum += i === upper || i === lower ? 0 : consistent(i);
    }
    return sum;
  };
  const borders = (i: number): boolean =>
    [i - 1, i + 1].some(
      (j) =>
        j < 0 ||
        j >= n ||
        Math.abs(table.rows[j] - table.rows[i]) !== 1 ||
        !Number.isFinite(p.values[j])
    );
  // A row that shows 100 and whose rows agree as well with a neighbouring base is a figure that
  // happens to be about 100% of that base, not a base of its own, when it sits inside a run of rows
  // (no blank or edge next to it) or is a base of no other row: a reader takes the fewer bases.
  // One at a block's edge stays: blocks of equal totals are still told apart by their blanks.
  const bases: number[] = [];
  candidates.forEach((b, k) => {
    const prev = bases.length > 0 ? bases[bases.length - 1] : -1;
    const next = k + 1 < candidates.length ? candidates[k + 1] : -1;
    if (prev < 0 && next < 0) {
      bases.push(b);
      return;
    }
    const end = next < 0 ? n : next + 1;
    const withIt = fill(prev + 1, b + 1, prev, b) + fill(b + 1, end, b, next);
    let owns = false;
    for (let i = prev + 1; i < end && !owns; i++) {
      owns = i !== b && owner[i] === b && Number.isFinite(p.values[i]);
    }
    if (owns && borders(b)) {
      bases.push(b);
      return;
    }
    // Without it, its own row must be consistent too: it shows 100 of the neighbouring base.
    const without = fill(prev + 1, end, prev, next);
    if (without < withIt + 1) {
      bases.push(b);
    }
  });
  fill(0, bases[0] + 1, -1, bases[0]);
  for (let k = 0; k + 1 < bases.length; k++) {
    fill(bases[k] + 1, bases[k + 1] + 1, bases[k], bases[k + 1]);
  }
  fill(bases[bases.length - 1] + 1, n, bases[bases.length - 1], -1);
  const blocks: { base: number; from: number; to: number }[] = [];
  const covered: number[] = [];
  const settled: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(p.values[i])) {
      continue;
    }
    const row = table.rows[i];
    covered.push(row);
    settled.push(verdicts[i] === VERDICT.consistent && a.values[i] !== 0 ? 1 : 0);
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.base === table.rows[owner[i]]) {
      last.to = row;
    } else {
      blocks.push({ base: table.rows[owner[i]], from: row, to: row });
    }
  }
  // A base is trivially 100% of itself: it is covered, but explains nothing.
  const scored = verdicts.slice();
  for (const b of bases) {
    scored[b] = VERDICT.notCheckable;
  }
  const support = scoreVerdicts(scored);
  return {
    ...support,
    verdicts,
    settled: Uint8Array.from(settled),
    preference,
    words: `share of column ${columnLetters(a.index)} over row${bases.length > 1 ? "s" : ""} ${bases.map((b) => table.rows[b] + 1).join(", ")}`,
    relation: {
      kind: "share",
      table: table.id,
      column: p.index,
      of: a.index,
      blocks,
      rows: covered,
      ...support,
    },
  };
}
