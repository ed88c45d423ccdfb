import { rejectionOf, rejectionWords } from "./acceptance";
import { changeHypothesis, changeVerdicts } from "./changeHypothesis";
import type { Hypothesis } from "./Hypothesis";
import type { CheckedRelation } from "./CheckedRelation";
import type { UnreadPart } from "./InferredRelation";
import { scoreVerdicts } from "./scoreVerdicts";
import { shareHypothesis } from "./shareHypothesis";
import type { GridColumn, TableGrid } from "./TableGrid";

/** Change pairs are first scored on this many of the column's figures… */
const SAMPLE_FIGURES = 48;
/** …and only the best few are scored on every row. */
const KEPT_PAIRS = 4;

/**
 * A percentage comes from amount columns near it: only the nearest few are tried, so a grid of
 * thousands of columns is not a search over every pair.
 */
const NEAREST_SOURCES = 16;

/** Nearer columns first, the left (the percentage's own period in a statement) before the right. */
function distance(p: GridColumn, a: GridColumn): number {
  return a.index < p.index ? p.index - a.index : 100_000 + a.index - p.index;
}

/**
 * The nearest amount columns in order of {@link distance}: those on the left, nearest first, then
 * those on the right; `sources` are in column order, so this is a walk out from `p`, not a sort.
 */
function nearestSources(p: GridColumn, sources: ReadonlyArray<GridColumn>): GridColumn[] {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid].index < p.index) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const near: GridColumn[] = [];
  for (let i = lo - 1; i >= 0 && near.length < NEAREST_SOURCES; i--) {
    near.push(sources[i]);
  }
  for (let i = lo; i < sources.length && near.length < NEAREST_SOURCES; i++) {
    near.push(sources[i]);
  }
  return near;
}

/** Change pairs are drawn from fewer of the nearest columns: pairs grow as their square. */
const NEAREST_PAIR_SOURCES = 8;

function samePrefix(p: GridColumn): number {
  let seen = 0;
  for (let i = 0; i < p.values.length; i++) {
    seen += Number.isFinite(p.values[i]) ? 1 : 0;
    if (seen >= SAMPLE_FIGURES) {
      return i + 1;
    }
  }
  return p.values.length;
}

function changeCandidates(
  table: TableGrid,
  p: GridColumn,
  sources: ReadonlyArray<GridColumn>
): Hypothesis[] {
  const prefix = samePrefix(p);
  const sampled: { current: GridColumn; prior: GridColumn; score: number; preference: number }[] =
    [];
  for (const current of sources) {
    for (const prior of sources) {
      if (current !== prior) {
        sampled.push({
          current,
          prior,
          score: scoreVerdicts(changeVerdicts(p, current, prior, prefix)).consistent,
          // Statements print the current period first and compare it with the nearest prior.
          preference:
            1_000_000_000 + (current.index < prior.index ? 0 : 500_000_000) + distance(p, prior),
        });
      }
    }
  }
  sampled.sort((x, y) => y.score - x.score || x.preference - y.preference);
  return sampled
    .slice(0, KEPT_PAIRS)
    .map((s) => changeHypothesis(table, p, s.current, s.prior, s.preference));
}

function sameVerdicts(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Infers what a percentage column is: each amount column's share of base rows, or the change
 * between two amount columns. The hypothesis that makes the most cells consistent wins if it
 * passes {@link rejection}; hypotheses with the same verdicts on every row do not compete, and
 * the preferred one (nearest amount column, on its left) is named.
 *
 * @param table - the table
 * @param p - the percentage column
 * @param sources - the amount columns it may come from
 * @returns the accepted relation, or why the column is not understood
 * @example
 * inferPercentColumn(table, share4Q02, amounts) //=> { checked: { relation: { kind: "share", … }, settled } }
 */
export function inferPercentColumn(
  table: TableGrid,
  p: GridColumn,
  sources: ReadonlyArray<GridColumn>
): { readonly checked: CheckedRelation } | { readonly unread: UnreadPart } {
  const near = nearestSources(p, sources);
  const hypotheses: Hypothesis[] = [];
  for (const a of near) {
    const share = shareHypothesis(table, p, a, distance(p, a));
    if (share !== null) {
      hypotheses.push(share);
    }
  }
  hypotheses.push(...changeCandidates(table, p, near.slice(0, NEAREST_PAIR_SOURCES)));
  hypotheses.sort((x, y) => y.consistent - x.consistent || x.preference - y.preference);
  const best = hypotheses[0];
  if (best === undefined) {
    return {
      unread: {
        table: table.id,
        kind: "column",
        index: p.index,
        reason: "no row shows 100 and there are fewer than two amount columns",
        why: { kind: "noSource" },
      },
    };
  }
  const rival = hypotheses
    .slice(1)
    .filter((h) => !sameVerdicts(h.verdicts, best.verdicts))
    .reduce((top, h) => Math.max(top, h.consistent), -1);
  const why = rejectionOf(best, rival);
  return why === null
    ? { checked: { relation: best.relation, settled: best.settled } }
    : {
        unread: {
          table: table.id,
          kind: "column",
          index: p.index,
          reason: `the best hypothesis, ${best.words}, ${rejectionWords(why)}`,
          why: { kind: "rejected", best: best.relation, rejection: why },
        },
      };
}
