import { checkFigure } from "./checkFigure";
import { isFigureRow } from "./isFigureRow";
import type { Fields, ValidationIssues } from "./validationIssues";

/**
 * Checks one edition's figures of a table: one list per figure row, one figure (or null) per column.
 *
 * @param issues - where violations go
 * @param value - the candidate figures (row id → figures)
 * @param path - their path ("tables[3].figures.en")
 * @param roles - the table's row id → role
 * @param width - the table's number of columns
 * @returns the figures when they are an object
 */
export function checkEditionFigures(
  issues: ValidationIssues,
  value: unknown,
  path: string,
  roles: ReadonlyMap<string, string>,
  width: number
): Fields | undefined {
  const figures = issues.record(value, path);
  if (figures === undefined) {
    return undefined;
  }
  for (const [id, role] of roles) {
    if (role !== "heading" && !(id in figures)) {
      issues.add(path, `missing figures for item '${id}'`);
    }
  }
  for (const [id, cells] of Object.entries(figures)) {
    const at = `${path}.${id}`;
    if (!isFigureRow(roles, id)) {
      issues.add(at, `unknown item '${id}'`);
      continue;
    }
    const list = issues.array(cells, at);
    if (list !== undefined && list.length !== width) {
      issues.add(at, `expected ${width} figures (one per column), found ${list.length}`);
    }
    list?.forEach((cell, j) => {
      if (cell !== null) {
        checkFigure(issues, cell, `${at}[${j}]`);
      }
    });
  }
  return figures;
}
