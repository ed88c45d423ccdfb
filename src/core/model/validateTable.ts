import { EDITIONS, type Edition } from "./Edition";
import { UNITS } from "./Unit";
import { checkColumns } from "./checkColumns";
import { checkEditionFigures } from "./checkEditionFigures";
import { checkLines } from "./checkLines";
import { checkLocalized } from "./checkLocalized";
import { checkRows } from "./checkRows";
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

/**
 * Checks one table: kind, texts, where a Japanese title not printed came from (only a table the
 * Japanese edition does not print has one), unique column and row ids, column references,
 * children, headers and figures aligned with the columns, one figure list per non-heading row.
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
  const title = checkLocalized(issues, table.title, `${path}.title`);
  if (table.titleFrom !== undefined) {
    const from = issues.record(table.titleFrom, `${path}.titleFrom`);
    if (from !== undefined) {
      issues.oneOf(from.ja, ["translated"] as const, `${path}.titleFrom.ja`);
    }
    if (title !== undefined && title.ja === undefined) {
      issues.add(`${path}.titleFrom`, "the title has no Japanese form");
    }
    if (isFields(table.figures) && table.figures.ja !== undefined) {
      issues.add(
        `${path}.titleFrom`,
        "the Japanese edition prints the table: give its title as printed"
      );
    }
  }
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
