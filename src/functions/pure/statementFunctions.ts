import type { Edition } from "../../core/model/Edition";
import type { Column, Table } from "../../core/model/Table";
import { parsePeriod } from "../../core/periods/parsePeriod";
import { percentToFraction } from "../../core/numbers/convertAmount";
import type { FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, invalidValue, notAvailable, succeed } from "./FunctionResult";
import { periodCandidates } from "./locateAmount";
import { resolveStatement } from "./resolveStatement";

/** A spilled range: rows of text and numbers ("" for an empty cell). */
export type Grid = ReadonlyArray<ReadonlyArray<string | number>>;

function header(column: Column): string {
  switch (column.kind) {
    case "amount":
      return `${column.period} ${column.unit}`;
    case "usd":
      return `${column.period} ${column.unit}`;
    case "share":
      return `${column.period} % of total`;
    case "change":
      return `${column.period} ${column.comparison === "yearOverYear" ? "YoY" : "QoQ"} change`;
    case "rate":
      return `${column.period} rate`;
  }
}

function isPercent(column: Column): boolean {
  return column.kind === "share" || column.kind === "change" || column.kind === "rate";
}

function tablePeriods(table: Table): ReadonlyArray<string> {
  const periods = table.columns
    .filter((c) => c.kind === "amount" || c.kind === "rate")
    .map((c) => c.period);
  return periods.filter((p, i) => periods.indexOf(p) === i);
}

function columnsFor(
  table: Table,
  period: string | undefined
): FunctionResult<ReadonlyArray<number>> {
  const all = table.columns.map((_, i) => i);
  if (period === undefined) {
    return succeed(all);
  }
  const periods = tablePeriods(table);
  const parsed = parsePeriod(period);
  if (!parsed.ok) {
    return invalidValue({
      kind: "unknownPeriod",
      text: period,
      problem: parsed.problem,
      periods,
      table: table.id,
    });
  }
  const candidates = periodCandidates(parsed.query);
  const wanted = all.filter((i) => {
    const c = table.columns[i];
    return (c.kind === "amount" || c.kind === "rate") && candidates.includes(c.period);
  });
  return wanted.length > 0
    ? succeed(wanted.slice(0, 1))
    : notAvailable({
        kind: "noTablePeriod",
        table: table.title,
        tableId: table.id,
        period: candidates[0],
        periods,
      });
}

function pickTable(
  context: FunctionsContext,
  statement: string,
  period: string | undefined
): FunctionResult<Table> {
  const ids = resolveStatement(context, statement);
  if (!ids.ok) {
    return ids;
  }
  const tables = ids.value.flatMap((id) => context.index.tables.get(id) ?? []);
  const parsed = period === undefined ? undefined : parsePeriod(period);
  const narrowed =
    tables.length > 1 && parsed !== undefined && parsed.ok
      ? tables.filter((t) =>
          periodCandidates(parsed.query).some((p) => tablePeriods(t).includes(p))
        )
      : tables;
  return narrowed.length === 1
    ? succeed(narrowed[0])
    : invalidValue({ kind: "severalTables", text: statement, tables: ids.value });
}

/**
 * A whole table as a spilled range: a header row, then one row per line with its label and its
 * figures (percentages as fractions, "" where the release prints nothing); with a period, the
 * labels and that period's amounts only.
 *
 * @param context - the functions' context
 * @param statement - the statement as typed
 * @param period - the period as typed, or undefined for every column
 * @param edition - the edition whose labels and figures to use
 * @returns the grid, or a message
 * @example
 * statementGrid(context, "Table 3", "4Q02", "en") //=> { ok: true, value: [["Contracted Bandwidth", "4Q02 Gbps"], ["Dedicated Access Services", 32.1], …] }
 */
export function statementGrid(
  context: FunctionsContext,
  statement: string,
  period: string | undefined,
  edition: Edition
): FunctionResult<Grid> {
  const table = pickTable(context, statement, period);
  if (!table.ok) {
    return table;
  }
  const { columns, rows, title } = table.value;
  const figures = table.value.figures[edition];
  if (figures === undefined) {
    return notAvailable({ kind: "notPrinted", edition, table: title });
  }
  const picked = columnsFor(table.value, period);
  if (!picked.ok) {
    return picked;
  }
  const head = [title[edition] ?? title.en, ...picked.value.map((i) => header(columns[i]))];
  const body = rows.map((row) => [
    `${"  ".repeat(row.level)}${row.label[edition] ?? row.label.en}`,
    ...picked.value.map((i) => {
      const figure = figures[row.id]?.[i];
      if (figure === undefined || figure === null || figure.value === null) {
        return "";
      }
      return isPercent(columns[i])
        ? percentToFraction(figure.value, figure.decimals)
        : figure.value;
    }),
  ]);
  return succeed([head, ...body]);
}

/**
 * The items of one statement (or of the whole release), one per row, for a spilled range: the id,
 * then the item's standard name (the first English name analysts use, from the dataset's
 * standard names), or its English label where it has none. Both answer in IIJ.VALUE.
 *
 * @param context - the functions' context
 * @param statement - the statement as typed, or undefined for all
 * @returns a two-column grid (id, standard name), or a message
 * @example
 * itemList(context, "Table 4") //=> { ok: true, value: [["backbone.international", "International backbone costs"], ["backbone.domestic", "Domestic backbone costs"]] }
 */
export function itemList(
  context: FunctionsContext,
  statement: string | undefined
): FunctionResult<Grid> {
  const ids = statement === undefined ? undefined : resolveStatement(context, statement);
  if (ids !== undefined && !ids.ok) {
    return ids;
  }
  const { dataset } = context.index;
  const rows = dataset.tables
    .filter((t) => ids === undefined || ids.value.includes(t.id))
    .flatMap((t) => t.rows.filter((r) => r.role !== "heading"));
  return succeed(
    rows
      .filter((row, i) => rows.findIndex((r) => r.id === row.id) === i)
      .map((row) => [row.id, dataset.standardNames?.[row.id]?.en[0] ?? row.label.en])
  );
}

/**
 * The periods of one statement (or of the whole release), for a spilled column.
 *
 * @param context - the functions' context
 * @param statement - the statement as typed, or undefined for all
 * @returns a one-column grid, or a message
 * @example
 * periodList(context, "cross-selling") //=> { ok: true, value: [["FY2002"], ["FY2001"]] }
 */
export function periodList(
  context: FunctionsContext,
  statement: string | undefined
): FunctionResult<Grid> {
  if (statement === undefined) {
    return succeed(context.index.dataset.periods.map((p) => [p.id]));
  }
  const ids = resolveStatement(context, statement);
  if (!ids.ok) {
    return ids;
  }
  const periods = ids.value
    .flatMap((id) => context.index.tables.get(id) ?? [])
    .flatMap((t) => tablePeriods(t));
  const order = context.index.dataset.periods.map((p) => p.id);
  return succeed(
    periods
      .filter((p, i) => periods.indexOf(p) === i)
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .map((p) => [p])
  );
}
