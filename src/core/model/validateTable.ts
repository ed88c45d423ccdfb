import { EDITIONS, type Edition } from "./Edition";
import { UNITS } from "./Unit";
import { checkFigure } from "./checkFigure";
import { checkLocalized } from "./checkLocalized";
import { isFields, type Fields, type ValidationIssues } from "./validationIssues";

/** What later checks need to know of a table that has been validated: ids, roles, figures. */
export type TableShape = {
  readonly id: string;
  /** Row id → role ("heading", "item", …). */
  readonly rows: ReadonlyMap<string, string>;
  readonly columns: ReadonlyArray<string>;
  /** Per edition the table prints in: row id → the row's figures (or a malformed value). */
  readonly figures: ReadonlyMap<Edition, Fields>;
};

const TABLE_KINDS = [
  "operations",
  "balanceSheet",
  "cashFlows",
  "operatingData",
  "nonGaap",
  "crossSelling",
] as const;
const COLUMN_KINDS = ["amount", "usd", "share", "change", "rate"] as const;
const ROLES = ["heading", "item", "subtotal", "total"] as const;
const COMPARISONS = ["yearOverYear", "quarterOverQuarter"] as const;
const SIGNS = [1, -1] as const;
function uniqueIds(
  issues: ValidationIssues,
  items: ReadonlyArray<unknown>,
  path: string,
  what: string
): Map<string, Fields> {
  const byId = new Map<string, Fields>();
  items.forEach((item, i) => {
    const fields = issues.record(item, `${path}[${i}]`);
    const id = fields === undefined ? undefined : issues.text(fields.id, `${path}[${i}].id`);
    if (fields === undefined || id === undefined) {
      return;
    }
    if (byId.has(id)) {
      issues.add(`${path}[${i}].id`, `duplicate ${what} id '${id}'`);
    } else {
      byId.set(id, fields);
    }
  });
  return byId;
}

function checkColumns(
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

function isFigureRow(rowRoles: ReadonlyMap<string, string>, id: string): boolean {
  const role = rowRoles.get(id);
  return role !== undefined && role !== "heading";
}

function checkRows(
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

function checkEditionFigures(
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

function checkLines(
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

/**
 * Checks one table: kind, texts, unique column and row ids, column references, children,
 * headers and figures aligned with the columns, one figure list per non-heading row.
 *
 * @param issues - where violations go
 * @param value - the candidate table
 * @param path - its path ("tables[3]")
 * @param periods - the dataset's period ids
 * @returns what later checks need, or undefined when the table is not an object
 */
export function validateTable(
  issues: ValidationIssues,
  value: unknown,
  path: string,
  periods: ReadonlySet<string>
): TableShape | undefined {
  const table = issues.record(value, path);
  if (table === undefined) {
    return undefined;
  }
  const id = issues.text(table.id, `${path}.id`) ?? "";
  issues.oneOf(table.kind, TABLE_KINDS, `${path}.kind`);
  checkLocalized(issues, table.title, `${path}.title`);
  checkLocalized(issues, table.source, `${path}.source`);
  issues.oneOf(table.unit, UNITS, `${path}.unit`);
  const rows = checkRows(issues, issues.array(table.rows, `${path}.rows`) ?? [], `${path}.rows`);
  const columnList = issues.array(table.columns, `${path}.columns`) ?? [];
  const columns = checkColumns(issues, columnList, `${path}.columns`, periods, rows);
  const figures = new Map<Edition, Fields>();
  const figureEditions = issues.record(table.figures, `${path}.figures`) ?? {};
  const headers = issues.record(table.headers, `${path}.headers`) ?? {};
  for (const edition of EDITIONS) {
    if (figureEditions[edition] === undefined) {
      continue;
    }
    const at = `${path}.figures.${edition}`;
    const checked = checkEditionFigures(
      issues,
      figureEditions[edition],
      at,
      rows,
      columnList.length
    );
    if (checked !== undefined) {
      figures.set(edition, checked);
    }
    (Array.isArray(table.rows) ? table.rows : []).forEach((row: unknown, i) => {
      if (isFields(row) && isFields(row.label) && typeof row.label[edition] !== "string") {
        issues.add(
          `${path}.rows[${i}].label.${edition}`,
          `the table prints in '${edition}' but the row has no label there`
        );
      }
    });
    (issues.array(headers[edition], `${path}.headers.${edition}`) ?? []).forEach((line, i) => {
      const cells = issues.array(line, `${path}.headers.${edition}[${i}]`);
      if (cells !== undefined && cells.length !== columnList.length) {
        issues.add(
          `${path}.headers.${edition}[${i}]`,
          `expected ${columnList.length} cells, found ${cells.length}`
        );
      }
    });
  }
  if (figures.size === 0) {
    issues.add(`${path}.figures`, "no edition prints this table");
  }
  checkLines(
    issues,
    table.lines,
    `${path}.lines`,
    figures,
    Array.isArray(table.rows) ? table.rows.length : 0
  );
  (issues.array(table.notes ?? [], `${path}.notes`) ?? []).forEach((note, i) =>
    checkLocalized(issues, note, `${path}.notes[${i}]`)
  );
  return { id, rows, columns: [...columns.keys()], figures };
}
