import { isYen } from "../../core/numbers/convertAmount";
import { convertFigure } from "./convertFigure";
import type { FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, invalidValue, notAvailable, succeed } from "./FunctionResult";
import type { LocatedAmount } from "./locateAmount";
import { type FoundValue, valueOf } from "./valueOf";

/** Two amounts in one unit (yen for yen amounts), ready to divide. */
function comparable(
  context: FunctionsContext,
  a: LocatedAmount,
  b: LocatedAmount
): FunctionResult<readonly [number, number]> {
  const bothYen = isYen(a.unit) && isYen(b.unit);
  if (!bothYen && a.unit !== b.unit) {
    return invalidValue({
      kind: "incomparable",
      a: { label: a.placement.row.label, unit: a.unit },
      b: { label: b.placement.row.label, unit: b.unit },
    });
  }
  const x = convertFigure(a, bothYen ? "JPY" : undefined, context.jpyPerUsd);
  const y = convertFigure(b, bothYen ? "JPY" : undefined, context.jpyPerUsd);
  return !x.ok ? x : !y.ok ? y : succeed([x.value, y.value] as const);
}

/** `a` ÷ `b` (a share) or `a` ÷ `b` − 1 (a change), in one unit; a zero base is #N/A. */
function ratio(
  context: FunctionsContext,
  a: LocatedAmount,
  b: LocatedAmount,
  kind: "share" | "change"
): FunctionResult<number> {
  const pair = comparable(context, a, b);
  if (!pair.ok) {
    return pair;
  }
  const [x, y] = pair.value;
  if (y === 0) {
    return notAvailable({
      kind: "zeroBase",
      label: b.placement.row.label,
      period: b.period,
      ratio: kind,
    });
  }
  return succeed(kind === "share" ? x / y : x / y - 1);
}

function defaultBase(found: FoundValue): string | undefined {
  const { table, row, columnIndex } = found.amount.placement;
  const column = table.columns[columnIndex];
  const share = table.columns.find((c) => c.kind === "share" && c.of === column.id);
  if (share !== undefined && share.kind === "share") {
    return row.shareBase ?? share.baseItem;
  }
  const total = table.rows.find(
    (r) => r.role === "total" && (r.children ?? []).some((t) => t.item === row.id)
  );
  return total?.id ?? (isYen(found.amount.unit) ? "revenues.total" : undefined);
}

/**
 * An item's share of a base in a period, recomputed from the amounts as printed (a fraction):
 * by default the base its table's "% of total" column uses (total revenues, total assets, total
 * liabilities and equity), else the total it is part of.
 *
 * @param context - the functions' context
 * @param item - the item as typed
 * @param period - the period as typed
 * @param base - the base item as typed, or undefined for the default
 * @returns the share as a fraction, or a message
 * @example
 * shareOfTotal(context, "Value-added services", "4Q02", undefined) //=> { ok: true, value: 0.07144… }
 */
export function shareOfTotal(
  context: FunctionsContext,
  item: string,
  period: string,
  base: string | undefined
): FunctionResult<number> {
  const part = valueOf(context, { item, period, edition: "en" });
  if (!part.ok) {
    return part;
  }
  const baseName = base ?? defaultBase(part.value);
  if (baseName === undefined) {
    return invalidValue({ kind: "noBase", label: part.value.amount.placement.row.label });
  }
  const sameTable = new Set([part.value.amount.placement.table.id]);
  const near = valueOf(context, { item: baseName, period, edition: "en", within: sameTable });
  const whole = near.ok ? near : valueOf(context, { item: baseName, period, edition: "en" });
  if (!whole.ok) {
    return whole;
  }
  return ratio(context, part.value.amount, whole.value.amount, "share");
}

/**
 * An item's change from a base period, recomputed as the release computes it: current ÷ base − 1
 * (a fraction), also when the base is negative.
 *
 * @param context - the functions' context
 * @param item - the item as typed
 * @param period - the current period as typed
 * @param basePeriod - the base period as typed
 * @returns the change as a fraction, or a message
 * @example
 * changeOverPeriod(context, "Total revenues", "4Q02", "4Q01") //=> { ok: true, value: 0.07652… }
 */
export function changeOverPeriod(
  context: FunctionsContext,
  item: string,
  period: string,
  basePeriod: string
): FunctionResult<number> {
  const current = valueOf(context, { item, period, edition: "en" });
  if (!current.ok) {
    return current;
  }
  const prior = valueOf(context, { item, period: basePeriod, edition: "en" });
  if (!prior.ok) {
    return prior;
  }
  return ratio(context, current.value.amount, prior.value.amount, "change");
}
