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
  const bases: number[] = [];
  for (let i = 0; i < n; i++) {
    if (Math.abs(p.values[i] - 100) < 1e-9 && Number.isFinite(a.values[i]) && a.values[i] !== 0) {
      bases.push(i);
    }
  }
  if (bases.length === 0) {
    return null;
  }
  const verdicts = new Uint8Array(n).fill(VERDICT.notCheckable);
  const owner = new Int32Array(n);
  const assign = (from: number, to: number, base: number): void => {
    for (let i = from; i < to; i++) {
      verdicts[i] = verdictOf(p, a, i, base);
      owner[i] = base;
    }
  };
  assign(0, bases[0] + 1, bases[0]);
  const above = new Uint8Array(n);
  for (let k = 0; k + 1 < bases.length; k++) {
    const upper = bases[k];
    const lower = bases[k + 1];
    // Split the rows between two bases where the most of them agree; ties go to the lower base.
    let score = 0;
    for (let i = upper + 1; i <= lower; i++) {
      verdicts[i] = verdictOf(p, a, i, lower);
      owner[i] = lower;
      above[i] = verdictOf(p, a, i, upper);
      score += verdicts[i] === VERDICT.consistent ? 1 : 0;
    }
    let best = score;
    let split = upper;
    for (let i = upper + 1; i < lower; i++) {
      score +=
        (above[i] === VERDICT.consistent ? 1 : 0) - (verdicts[i] === VERDICT.consistent ? 1 : 0);
      if (score > best) {
        best = score;
        split = i;
      }
    }
    for (let i = upper + 1; i <= split; i++) {
      verdicts[i] = above[i];
      owner[i] = upper;
    }
  }
  assign(bases[bases.length - 1] + 1, n, bases[bases.length - 1]);
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
