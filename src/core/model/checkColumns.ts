import { UNITS } from "./Unit";
import { isFigureRow } from "./isFigureRow";
import { uniqueIds } from "./uniqueIds";
import { isFields, type Fields, type ValidationIssues } from "./validationIssues";

const COLUMN_KINDS = ["amount", "usd", "share", "change", "rate"] as const;
const COMPARISONS = ["yearOverYear", "quarterOverQuarter"] as const;

/**
 * Checks a table's columns: unique ids, kind, period and unit, and that the columns a translation,
 * share or change refers to are amount columns of the table (and a share's base an item of it).
 *
 * @param issues - where violations go
 * @param columns - the candidate columns
 * @param path - their path ("tables[3].columns")
 * @param periods - the dataset's period ids
 * @param rowRoles - the table's row id → role
 * @returns the columns by id
 */
export function checkColumns(
  issues: ValidationIssues,
  columns: ReadonlyArray<unknown>,
  path: string,
  periods: ReadonlySet<string>,
  rowRoles: ReadonlyMap<string, string>
): Map<string, Fields> {
  const byId = uniqueIds(issues, columns, path, "column");
  const amountColumn = (id: unknown, at: string): void => {
    const column = typeof id === "string" ? byId.get(id) : undefined;
    if (column === undefined || column.kind !== "amount") {
      issues.add(at, `unknown amount column '${String(id)}'`);
    }
  };
  columns.forEach((value, i) => {
    if (!isFields(value)) {
      return;
    }
    const at = `${path}[${i}]`;
    const kind = issues.oneOf(value.kind, COLUMN_KINDS, `${at}.kind`);
    if (typeof value.period !== "string" || !periods.has(value.period)) {
      issues.add(`${at}.period`, `unknown period '${String(value.period)}'`);
    }
    if (kind === "amount" || kind === "usd") {
      issues.oneOf(value.unit, UNITS, `${at}.unit`);
    }
    if (kind === "usd") {
      amountColumn(value.translates, `${at}.translates`);
    } else if (kind === "share") {
      amountColumn(value.of, `${at}.of`);
      if (typeof value.baseItem !== "string" || !isFigureRow(rowRoles, value.baseItem)) {
        issues.add(`${at}.baseItem`, `unknown item '${String(value.baseItem)}'`);
      }
    } else if (kind === "change") {
      amountColumn(value.current, `${at}.current`);
      amountColumn(value.prior, `${at}.prior`);
      issues.oneOf(value.comparison, COMPARISONS, `${at}.comparison`);
    }
  });
  return byId;
}
