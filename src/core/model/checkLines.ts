import { EDITIONS, type Edition } from "./Edition";
import type { Fields, ValidationIssues } from "./validationIssues";

/**
 * Checks a table's line numbers in the release's text: per edition the table prints in, one line
 * number (a whole number from 1) per row.
 *
 * @param issues - where violations go
 * @param value - the candidate lines (edition → numbers), or undefined when the table has none
 * @param path - their path ("tables[3].lines")
 * @param figures - the table's figures by edition (which editions print it)
 * @param rowCount - the table's number of rows
 */
export function checkLines(
  issues: ValidationIssues,
  value: unknown,
  path: string,
  figures: ReadonlyMap<Edition, Fields>,
  rowCount: number
): void {
  if (value === undefined) {
    return;
  }
  const lines = issues.record(value, path) ?? {};
  for (const edition of EDITIONS) {
    const list =
      lines[edition] === undefined ? undefined : issues.array(lines[edition], `${path}.${edition}`);
    if (list === undefined) {
      continue;
    }
    if (!figures.has(edition)) {
      issues.add(`${path}.${edition}`, `the table is not printed in '${edition}'`);
    }
    if (list.length !== rowCount) {
      issues.add(
        `${path}.${edition}`,
        `expected ${rowCount} lines (one per row), found ${list.length}`
      );
    }
    list.forEach((line, i) => {
      if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
        issues.add(`${path}.${edition}[${i}]`, "expected a line number (a whole number from 1)");
      }
    });
  }
}
