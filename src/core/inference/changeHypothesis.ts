import { changeVerdict } from "../checks/kernel/checkKernels";
import { VERDICT } from "../checks/kernel/Verdict";
import { columnLetters } from "../layout/a1";
import type { Hypothesis } from "./Hypothesis";
import { scoreVerdicts } from "./scoreVerdicts";
import type { GridColumn, TableGrid } from "./TableGrid";

/**
 * Verdicts of "percentage column `p` = (`current` ÷ `prior` − 1) × 100, same row" on rows
 * `from` to `to` (exclusive); the two amounts are brought to the same scale first.
 *
 * @param p - the percentage column
 * @param current - the current period's amount column
 * @param prior - the prior period's amount column
 * @param to - rows to score, from the first
 * @returns one verdict code per row
 * @example
 * changeVerdicts(yoy, jpy4Q02, jpy4Q01, 30)[2] //=> 0
 */
export function changeVerdicts(
  p: GridColumn,
  current: GridColumn,
  prior: GridColumn,
  to: number
): Uint8Array {
  const top = Math.max(current.decimals, prior.decimals);
  const fc = 10 ** (top - current.decimals);
  const fp = 10 ** (top - prior.decimals);
  const verdicts = new Uint8Array(to).fill(VERDICT.notCheckable);
  for (let i = 0; i < to; i++) {
    const reported = p.values[i];
    const a = current.values[i];
    const b = prior.values[i];
    if (Number.isFinite(reported) && Number.isFinite(a) && Number.isFinite(b) && b !== 0) {
      verdicts[i] = changeVerdict(reported, p.digits[i], a * fc, b * fp);
    }
  }
  return verdicts;
}

/**
 * The hypothesis that percentage column `p` is the change from `prior` to `current`, row by row.
 *
 * @param table - the table
 * @param p - the percentage column
 * @param current - the current period's amount column
 * @param prior - the prior period's amount column
 * @param preference - rank among hypotheses with the same verdicts
 * @returns the hypothesis
 * @example
 * changeHypothesis(table, yoy, jpy4Q02, jpy4Q01, 3).consistent //=> 25
 */
export function changeHypothesis(
  table: TableGrid,
  p: GridColumn,
  current: GridColumn,
  prior: GridColumn,
  preference: number
): Hypothesis {
  const verdicts = changeVerdicts(p, current, prior, table.rows.length);
  const support = scoreVerdicts(verdicts);
  const rows: number[] = [];
  const settled: number[] = [];
  for (let i = 0; i < verdicts.length; i++) {
    if (Number.isFinite(p.values[i])) {
      rows.push(table.rows[i]);
      settled.push(
        verdicts[i] === VERDICT.consistent && current.values[i] !== 0 && prior.values[i] !== 0
          ? 1
          : 0
      );
    }
  }
  return {
    ...support,
    verdicts,
    settled: Uint8Array.from(settled),
    preference,
    words: `change from column ${columnLetters(prior.index)} to column ${columnLetters(current.index)}`,
    relation: {
      kind: "change",
      table: table.id,
      column: p.index,
      current: current.index,
      prior: prior.index,
      rows,
      ...support,
    },
  };
}
