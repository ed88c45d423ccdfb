import { UNITS } from "./Unit";
import { checkLocalized } from "./checkLocalized";
import { isFigureRow } from "./isFigureRow";
import { uniqueIds } from "./uniqueIds";
import { isFields, type ValidationIssues } from "./validationIssues";

const ROLES = ["heading", "item", "subtotal", "total"] as const;
const SIGNS = [1, -1] as const;

/**
 * Checks a table's rows: unique ids, role, level, label, aliases, unit, and children that are
 * figure rows of the table (a subtotal or total needs them, other roles have none).
 *
 * @param issues - where violations go
 * @param rows - the candidate rows
 * @param path - their path ("tables[3].rows")
 * @returns row id → role
 */
export function checkRows(
  issues: ValidationIssues,
  rows: ReadonlyArray<unknown>,
  path: string
): Map<string, string> {
  const byId = uniqueIds(issues, rows, path, "row");
  const roles = new Map([...byId].map(([id, row]) => [id, String(row.role)] as const));
  rows.forEach((value, i) => {
    if (!isFields(value)) {
      return;
    }
    const at = `${path}[${i}]`;
    const role = issues.oneOf(value.role, ROLES, `${at}.role`);
    const level = value.level;
    if (typeof level !== "number" || !Number.isInteger(level) || level < 0) {
      issues.add(`${at}.level`, "expected a non-negative integer");
    }
    checkLocalized(issues, value.label, `${at}.label`);
    if (value.aliases !== undefined) {
      issues
        .array(value.aliases, `${at}.aliases`)
        ?.forEach((a, j) => issues.text(a, `${at}.aliases[${j}]`));
    }
    if (value.unit !== undefined) {
      issues.oneOf(value.unit, UNITS, `${at}.unit`);
    }
    if (value.checked !== undefined && typeof value.checked !== "boolean") {
      issues.add(`${at}.checked`, "expected a boolean");
    }
    if (value.shareBase !== undefined && !isFigureRow(roles, String(value.shareBase))) {
      issues.add(`${at}.shareBase`, `unknown item '${String(value.shareBase)}'`);
    }
    const computed = role === "subtotal" || role === "total";
    if (value.children === undefined) {
      if (computed) {
        issues.add(`${at}.children`, `a ${role} needs children`);
      }
      return;
    }
    if (!computed && role !== undefined) {
      issues.add(`${at}.children`, `a row of role '${role}' has no children`);
    }
    issues.array(value.children, `${at}.children`)?.forEach((child, j) => {
      const term = issues.record(child, `${at}.children[${j}]`);
      if (term === undefined) {
        return;
      }
      if (
        typeof term.item !== "string" ||
        !isFigureRow(roles, term.item) ||
        term.item === value.id
      ) {
        issues.add(`${at}.children[${j}]`, `unknown item '${String(term.item)}'`);
      }
      issues.oneOf(term.sign, SIGNS, `${at}.children[${j}].sign`);
    });
  });
  return roles;
}
