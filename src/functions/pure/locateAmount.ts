import type { AmountPlacement } from "../../core/model/DatasetIndex";
import type { Edition } from "../../core/model/Edition";
import type { Column } from "../../core/model/Table";
import type { Unit } from "../../core/model/Unit";
import { parsePeriod } from "../../core/periods/parsePeriod";
import type { PeriodQuery } from "../../core/periods/PeriodQuery";
import { fiscalPeriodEnd } from "../../core/periods/fiscalCalendar";
import { periodId } from "../../core/periods/periodId";
import type { NativeAmount } from "../../core/numbers/convertAmount";
import type { FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, invalidValue, notAvailable, succeed } from "./FunctionResult";
import { namedItem } from "./namedItem";

/** An amount found for an item in a period: the item, the period and the amount as printed. */
export type LocatedAmount = NativeAmount & {
  readonly item: string;
  readonly period: string;
  readonly placement: AmountPlacement;
};

/**
 * The release's period ids a query may mean: the period itself and, for a quarter or a year, the
 * balance-sheet date it ends on (4Q02 → 2003-03-31).
 *
 * @param query - an understood period
 * @returns period ids to try, in order
 * @example
 * periodCandidates({ kind: "quarter", fiscalYear: 2002, quarter: 4 }) //=> ["4Q02", "2003-03-31"]
 */
export function periodCandidates(query: PeriodQuery): ReadonlyArray<string> {
  return query.kind === "instant" ? [query.date] : [periodId(query), fiscalPeriodEnd(query)];
}

function inScope(placement: AmountPlacement, within: ReadonlySet<string> | undefined): boolean {
  return within === undefined || within.has(placement.table.id);
}

/**
 * The periods the given items have figures for, in the release's order.
 *
 * @param context - the functions' context
 * @param ids - item ids
 * @param within - only these tables, when given
 * @returns period ids
 * @example
 * periodsOf(context, ["revenues.total"]) //=> ["4Q02", "3Q02", "4Q01", "FY2002", "FY2001"]
 */
export function periodsOf(
  context: FunctionsContext,
  ids: ReadonlyArray<string>,
  within?: ReadonlySet<string>
): ReadonlyArray<string> {
  const { index } = context;
  return index.dataset.periods
    .map((p) => p.id)
    .filter((p) =>
      ids.some((id) => (index.amounts.get(`${id}|${p}`) ?? []).some((a) => inScope(a, within)))
    );
}

function unitOf(column: Column): Unit | undefined {
  return column.kind === "amount" || column.kind === "usd" ? column.unit : undefined;
}

function amountAt(
  item: string,
  period: string,
  placements: ReadonlyArray<AmountPlacement>,
  edition: Edition
): FunctionResult<LocatedAmount> {
  const printed = placements.find((p) => p.table.figures[edition] !== undefined);
  if (printed === undefined) {
    return notAvailable({ kind: "notPrinted", edition, table: placements[0].table.title });
  }
  const { table, row, columnIndex } = printed;
  const label = row.label[edition] ?? row.label.en;
  const figures = table.figures[edition]?.[row.id];
  const figure = figures?.[columnIndex];
  if (figure === undefined || figure === null) {
    return notAvailable({ kind: "noFigure", label: row.label, period, table: table.title });
  }
  const column = table.columns[columnIndex];
  const usdIndex = table.columns.findIndex((c) => c.kind === "usd" && c.translates === column.id);
  const usd = usdIndex < 0 ? undefined : figures?.[usdIndex]?.value;
  return succeed({
    item,
    period,
    placement: printed,
    value: figure.value ?? 0,
    decimals: figure.decimals,
    unit: column.kind === "rate" ? "percent" : (row.unit ?? unitOf(column) ?? table.unit),
    label,
    ...(usd === undefined || usd === null || row.unit !== undefined ? {} : { usdThousands: usd }),
  });
}

/**
 * Finds the printed amounts a user's item and period name: every item the name may mean that has
 * a figure for the period (callers decide between several). Balance-sheet items accept a quarter
 * or a year and use its end date.
 *
 * @param context - the functions' context
 * @param ids - the item ids the user's text names
 * @param periodText - the period as typed
 * @param edition - the edition to read
 * @param within - only these tables, when given
 * @returns one amount per item id that has one, or a message naming the periods there are
 * @example
 * locateAmount(context, ["revenues.total"], "4Q02", "en") //=> { ok: true, value: [{ item: "revenues.total", period: "4Q02", … value: 13036439, decimals: 0, unit: "JPY thousands", … }] }
 */
export function locateAmount(
  context: FunctionsContext,
  ids: ReadonlyArray<string>,
  periodText: string,
  edition: Edition,
  within?: ReadonlySet<string>
): FunctionResult<ReadonlyArray<LocatedAmount>> {
  const available = periodsOf(context, ids, within);
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) {
    return invalidValue({
      kind: "unknownPeriod",
      text: periodText,
      problem: parsed.problem,
      periods: available,
    });
  }
  const found: LocatedAmount[] = [];
  let failure: FunctionResult<never> | undefined;
  for (const period of periodCandidates(parsed.query)) {
    for (const id of ids) {
      const placements = (context.index.amounts.get(`${id}|${period}`) ?? []).filter((a) =>
        inScope(a, within)
      );
      if (placements.length > 0 && !found.some((f) => f.item === id)) {
        const amount = amountAt(id, period, placements, edition);
        if (amount.ok) {
          found.push(amount.value);
        } else {
          failure ??= amount;
        }
      }
    }
    if (found.length > 0) {
      return succeed(found);
    }
  }
  if (failure !== undefined) {
    return failure;
  }
  return notAvailable({
    kind: "noFigure",
    label: namedItem(context.index, ids[0]).label,
    period: periodId(parsed.query),
    periods: available,
  });
}
