import { judge } from "../checks/kernel/judge";
import { VERDICT } from "../checks/kernel/Verdict";
import { rejectionOf, rejectionWords } from "./acceptance";
import type { CheckedRelation } from "./CheckedRelation";
import type { UnreadPart } from "./InferredRelation";
import { isTotalLabel } from "./isTotalLabel";
import type { GridColumn, TableGrid } from "./TableGrid";

/**
 * A block that foots in every amount column is a total when there are at least two of them: a
 * table of two periods has only two cells per total, and two independent sums agreeing by
 * chance is as unlikely as three cells of a percentage column.
 */
const MIN_AGREEING_COLUMNS = 2;
/** A footing adds at most this many rows (a nested subtotal counts as one). */
const MAX_TERMS = 60;

type Block = {
  consistent: number;
  checkable: number;
  terms: number[];
  key: string;
  verdicts: Uint8Array;
};

/**
 * Infers which rows are sums of the rows above them: for each row, the contiguous blocks ending
 * just above it (a row already found to be a total stands for its own parts) are tried from the
 * shortest; a block is accepted when it foots in every amount column, or, for a row whose label
 * says total, when it passes {@link rejection} against the other blocks.
 *
 * @param table - the table
 * @param amounts - its amount columns
 * @returns the accepted footings and the total rows not understood
 * @example
 * inferFootings(table, amounts).relations[0].relation.kind //=> "footing"
 */
export function inferFootings(
  table: TableGrid,
  amounts: ReadonlyArray<GridColumn>
): { readonly relations: CheckedRelation[]; readonly unread: UnreadPart[] } {
  const n = table.rows.length;
  const m = amounts.length;
  const relations: CheckedRelation[] = [];
  const unread: UnreadPart[] = [];
  const rangeStart = new Int32Array(n).fill(-1);
  const sums = new Float64Array(m);
  const rounded = new Int32Array(m);
  const verdicts = new Uint8Array(m);
  const hasAmount = Uint8Array.from(table.rows, (_, i) =>
    amounts.some((c) => Number.isFinite(c.values[i])) ? 1 : 0
  );
  const addRow = (k: number): void => {
    for (let c = 0; c < m; c++) {
      const v = amounts[c].values[k];
      if (Number.isFinite(v) && v !== 0) {
        sums[c] += v;
        rounded[c] += 1;
      }
    }
  };
  for (let i = 1; i < n; i++) {
    const labelled = isTotalLabel(table.labels[i]);
    if (m === 0 || !amounts.some((c) => Number.isFinite(c.values[i]) && c.values[i] !== 0)) {
      continue;
    }
    sums.fill(0);
    rounded.fill(0);
    const firstColumn = amounts.findIndex((c) => Number.isFinite(c.values[i]));
    let firstSum = 0;
    let firstRounded = 0;
    const terms: number[] = [];
    let best: Block | null = null;
    let rival = -1;
    let k = i - 1;
    while (k >= 0 && terms.length < MAX_TERMS) {
      if (hasAmount[k] === 0) {
        k -= 1;
        continue;
      }
      terms.push(k);
      // Without a total's label only a block that foots in every column counts, and most fail
      // in the first: keep its sum alone, and add up the other columns only for a candidate.
      const first = amounts[firstColumn].values[k];
      if (Number.isFinite(first) && first !== 0) {
        firstSum += first;
        firstRounded += 1;
      }
      if (labelled) {
        addRow(k);
      }
      k = (rangeStart[k] >= 0 ? rangeStart[k] : k) - 1;
      if (terms.length < 2) {
        continue;
      }
      if (!labelled) {
        const slack = 0.5 * firstRounded + 0.5 + 1e-9;
        if (Math.abs(amounts[firstColumn].values[i] - firstSum) > slack + 1) {
          continue;
        }
        sums.fill(0);
        rounded.fill(0);
        for (const t of terms) {
          addRow(t);
        }
      }
      let consistent = 0;
      let checkable = 0;
      for (let c = 0; c < m; c++) {
        const total = amounts[c].values[i];
        verdicts[c] = Number.isFinite(total)
          ? judge(total, 0.5, 1, sums[c] - 0.5 * rounded[c], sums[c] + 0.5 * rounded[c])
          : VERDICT.notCheckable;
        if (verdicts[c] !== VERDICT.notCheckable) {
          checkable += 1;
          consistent += verdicts[c] === VERDICT.consistent ? 1 : 0;
        }
        if (
          !labelled &&
          verdicts[c] !== VERDICT.consistent &&
          verdicts[c] !== VERDICT.notCheckable
        ) {
          break;
        }
      }
      if (!labelled) {
        // Without a total's label only a block that foots everywhere counts; the shortest wins.
        if (consistent === checkable) {
          best = { consistent, checkable, terms: [...terms], key: "", verdicts: verdicts.slice() };
          break;
        }
        continue;
      }
      const key = verdicts.join("");
      if (best === null || consistent > best.consistent) {
        if (best !== null && best.key !== key) {
          rival = Math.max(rival, best.consistent);
        }
        best = { consistent, checkable, terms: [...terms], key, verdicts: verdicts.slice() };
      } else if (key !== best.key) {
        rival = Math.max(rival, consistent);
      }
    }
    const everyColumn = best !== null && best.consistent === best.checkable;
    const failed =
      best === null || (everyColumn && best.checkable >= MIN_AGREEING_COLUMNS)
        ? null
        : rejectionOf(best, labelled ? rival : best.consistent);
    if (best !== null && failed === null) {
      const last = best.terms[best.terms.length - 1];
      rangeStart[i] = rangeStart[last] >= 0 ? rangeStart[last] : last;
      relations.push({
        relation: {
          kind: "footing",
          table: table.id,
          row: table.rows[i],
          terms: best.terms.map((t) => table.rows[t]).reverse(),
          columns: amounts.map((c) => c.index),
          byLabel: !everyColumn,
          consistent: best.consistent,
          checkable: best.checkable,
        },
        // The kernel took a zero as exact and a figure as rounded: never wider than the engine.
        settled: best.verdicts.map((v) => (v === VERDICT.consistent ? 1 : 0)),
      });
    } else if (labelled) {
      unread.push({
        table: table.id,
        kind: "row",
        index: table.rows[i],
        reason: `labelled a total, but ${failed === null ? "no block of rows above it adds up" : rejectionWords(failed)}`,
        why: { kind: "total", rejection: failed },
      });
    }
  }
  return { relations, unread };
}
