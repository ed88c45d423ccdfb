import { EDITIONS, type Edition } from "./Edition";
import { checkFigure } from "./checkFigure";
import { checkLocalized } from "./checkLocalized";
import { validateTable, type TableShape } from "./validateTable";
import { validationIssues, type Fields, type ValidationIssues } from "./validationIssues";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLAIM_FORMULAS = {
  change: ["current", "base"],
  share: ["numerator", "denominator"],
  margin: ["revenue", "cost"],
} as const;
const FORMULA_KINDS = ["change", "share", "margin"] as const;

function checkDate(issues: ValidationIssues, value: unknown, path: string): void {
  if (typeof value !== "string" || !ISO_DATE.test(value)) {
    issues.add(path, `expected a date YYYY-MM-DD, found '${String(value)}'`);
  }
}

function checkRelease(issues: ValidationIssues, data: Fields): void {
  const release = issues.record(data.release, "release");
  if (release !== undefined) {
    issues.text(release.id, "release.id");
    issues.text(release.ticker, "release.ticker");
    const company = issues.record(release.company, "release.company");
    const published = issues.record(release.published, "release.published");
    for (const edition of EDITIONS) {
      if (company !== undefined) {
        issues.text(company[edition], `release.company.${edition}`);
      }
      if (published !== undefined) {
        checkDate(issues, published[edition], `release.published.${edition}`);
      }
    }
    checkDate(issues, release.fiscalYearEnd, "release.fiscalYearEnd");
  }
  const fx = issues.record(data.fxRate, "fxRate");
  if (fx !== undefined) {
    const text = issues.text(fx.text, "fxRate.text");
    if (typeof fx.jpyPerUsd !== "number" || !(fx.jpyPerUsd > 0)) {
      issues.add("fxRate.jpyPerUsd", "expected a positive number");
    } else if (text !== undefined && Number(text) !== fx.jpyPerUsd) {
      issues.add("fxRate.text", `'${text}' does not print ${fx.jpyPerUsd}`);
    }
    checkDate(issues, fx.asOf, "fxRate.asOf");
  }
}

function checkPeriods(issues: ValidationIssues, data: Fields): Set<string> {
  const ids = new Set<string>();
  (issues.array(data.periods, "periods") ?? []).forEach((value, i) => {
    const at = `periods[${i}]`;
    const period = issues.record(value, at);
    const id = period === undefined ? undefined : issues.text(period.id, `${at}.id`);
    if (period === undefined || id === undefined) {
      return;
    }
    if (ids.has(id)) {
      issues.add(`${at}.id`, `duplicate period id '${id}'`);
    }
    ids.add(id);
    const kind = issues.oneOf(period.kind, ["quarter", "year", "instant"] as const, `${at}.kind`);
    if (kind === "instant") {
      checkDate(issues, period.date, `${at}.date`);
      return;
    }
    if (typeof period.fiscalYear !== "number" || !Number.isInteger(period.fiscalYear)) {
      issues.add(`${at}.fiscalYear`, "expected an integer");
    }
    if (kind === "quarter") {
      issues.oneOf(period.quarter, [1, 2, 3, 4] as const, `${at}.quarter`);
    }
    checkDate(issues, period.start, `${at}.start`);
    checkDate(issues, period.end, `${at}.end`);
  });
  return ids;
}

/**
 * Checks that a CellRef names an existing table, non-heading row and column, and that the cell
 * holds a figure in each of `editions` that prints the table (all of them when omitted).
 */
function checkCellRef(
  issues: ValidationIssues,
  tables: ReadonlyMap<string, TableShape>,
  value: unknown,
  path: string,
  edition?: Edition
): void {
  const ref = issues.record(value, path);
  if (ref === undefined) {
    return;
  }
  const table = typeof ref.table === "string" ? tables.get(ref.table) : undefined;
  if (table === undefined) {
    issues.add(path, `unknown table '${String(ref.table)}'`);
    return;
  }
  const role = typeof ref.item === "string" ? table.rows.get(ref.item) : undefined;
  if (role === undefined || role === "heading") {
    issues.add(path, `unknown item '${String(ref.item)}' in table '${table.id}'`);
    return;
  }
  const column = typeof ref.column === "string" ? table.columns.indexOf(ref.column) : -1;
  if (column < 0) {
    issues.add(path, `unknown column '${String(ref.column)}' in table '${table.id}'`);
    return;
  }
  const editions = edition === undefined ? [...table.figures.keys()] : [edition];
  for (const e of editions) {
    const figures = table.figures.get(e);
    const cells = figures?.[String(ref.item)];
    if (figures === undefined) {
      issues.add(path, `table '${table.id}' is not printed in '${e}'`);
    } else if (!Array.isArray(cells) || cells[column] === null || cells[column] === undefined) {
      issues.add(
        path,
        `no figure at ${table.id}/${String(ref.item)}/${String(ref.column)} in '${e}'`
      );
    }
  }
}

function checkUniqueId(
  issues: ValidationIssues,
  seen: Set<string>,
  value: Fields,
  at: string,
  what: string
): void {
  const id = issues.text(value.id, `${at}.id`);
  if (id !== undefined && seen.has(id)) {
    issues.add(`${at}.id`, `duplicate ${what} id '${id}'`);
  }
  if (id !== undefined) {
    seen.add(id);
  }
}

function checkReconciliations(
  issues: ValidationIssues,
  data: Fields,
  tables: ReadonlyMap<string, TableShape>
): void {
  const seen = new Set<string>();
  (issues.array(data.reconciliations, "reconciliations") ?? []).forEach((value, i) => {
    const at = `reconciliations[${i}]`;
    const rec = issues.record(value, at);
    if (rec === undefined) {
      return;
    }
    checkUniqueId(issues, seen, rec, at, "reconciliation");
    checkCellRef(issues, tables, rec.total, `${at}.total`);
    const parts = issues.array(rec.parts, `${at}.parts`);
    if (parts !== undefined && parts.length === 0) {
      issues.add(`${at}.parts`, "expected at least one part");
    }
    parts?.forEach((p, j) => {
      const part = issues.record(p, `${at}.parts[${j}]`);
      if (part !== undefined) {
        checkCellRef(issues, tables, part.ref, `${at}.parts[${j}].ref`);
        issues.oneOf(part.sign, [1, -1] as const, `${at}.parts[${j}].sign`);
      }
    });
    checkLocalized(issues, rec.basis, `${at}.basis`);
  });
}

function checkClaims(
  issues: ValidationIssues,
  data: Fields,
  tables: ReadonlyMap<string, TableShape>,
  periods: ReadonlySet<string>
): void {
  const items = new Set(
    [...tables.values()].flatMap((t) =>
      [...t.rows].filter(([, r]) => r !== "heading").map(([id]) => id)
    )
  );
  const seen = new Set<string>();
  (issues.array(data.claims, "claims") ?? []).forEach((value, i) => {
    const at = `claims[${i}]`;
    const claim = issues.record(value, at);
    if (claim === undefined) {
      return;
    }
    checkUniqueId(issues, seen, claim, at, "claim");
    const edition = issues.oneOf(claim.edition, EDITIONS, `${at}.edition`);
    issues.text(claim.section, `${at}.section`);
    if (typeof claim.line !== "number" || !Number.isInteger(claim.line) || claim.line < 1) {
      issues.add(`${at}.line`, `expected a line number, found ${String(claim.line)}`);
    }
    if (typeof claim.subject !== "string" || !items.has(claim.subject)) {
      issues.add(`${at}.subject`, `unknown item '${String(claim.subject)}'`);
    }
    for (const key of ["period", "basePeriod"] as const) {
      const p = claim[key];
      if ((key === "period" || p !== undefined) && (typeof p !== "string" || !periods.has(p))) {
        issues.add(`${at}.${key}`, `unknown period '${String(p)}'`);
      }
    }
    checkFigure(issues, claim.claimed, `${at}.claimed`);
    const formula = issues.record(claim.formula, `${at}.formula`);
    const kind = formula && issues.oneOf(formula.kind, FORMULA_KINDS, `${at}.formula.kind`);
    if (formula !== undefined && kind !== undefined && edition !== undefined) {
      for (const key of CLAIM_FORMULAS[kind]) {
        checkCellRef(issues, tables, formula[key], `${at}.formula.${key}`, edition);
      }
    }
  });
}

function checkStandardNames(
  issues: ValidationIssues,
  data: Fields,
  tables: ReadonlyMap<string, TableShape>
): void {
  if (data.standardNames === undefined) {
    return;
  }
  const names = issues.record(data.standardNames, "standardNames");
  if (names === undefined) {
    return;
  }
  const items = new Set([...tables.values()].flatMap((t) => [...t.rows.keys()]));
  for (const [id, value] of Object.entries(names)) {
    const at = `standardNames.${id}`;
    if (!items.has(id)) {
      issues.add(at, `unknown item '${id}'`);
    }
    const entry = issues.record(value, at);
    for (const edition of EDITIONS) {
      const list = entry && issues.array(entry[edition], `${at}.${edition}`);
      list?.forEach((name, i) => issues.text(name, `${at}.${edition}[${i}]`));
    }
  }
}

/**
 * Checks a candidate dataset against the model: required fields and their types, unique ids,
 * figures aligned with columns, children and bases that exist, columns and periods that resolve,
 * reconciliations and claims that point at printed figures, standard names of items that exist. Pure: it reads, never throws.
 *
 * @param data - anything, usually parsed JSON
 * @returns every violation, each prefixed by its path; empty when the dataset is valid
 * @example
 * validateDataset({ ...dataset, claims: [] }) //=> []
 * validateDataset(null) //=> ["dataset: expected an object, found null"]
 */
export function validateDataset(data: unknown): ReadonlyArray<string> {
  const issues = validationIssues();
  const root = issues.record(data, "dataset");
  if (root === undefined) {
    return issues.messages;
  }
  checkRelease(issues, root);
  const periods = checkPeriods(issues, root);
  const tables = new Map<string, TableShape>();
  (issues.array(root.tables, "tables") ?? []).forEach((value, i) => {
    const shape = validateTable(issues, value, `tables[${i}]`, periods);
    if (shape === undefined || shape.id === "") {
      return;
    }
    if (tables.has(shape.id)) {
      issues.add(`tables[${i}].id`, `duplicate table id '${shape.id}'`);
    } else {
      tables.set(shape.id, shape);
    }
  });
  checkReconciliations(issues, root, tables);
  checkClaims(issues, root, tables, periods);
  checkStandardNames(issues, root, tables);
  return issues.messages;
}
