import type { Edition } from "../../core/model/Edition";
import { normalizeName } from "../../core/model/normalizeName";
import { convertFigure } from "./convertFigure";
import type { FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";
import { type LocatedAmount, locateAmount } from "./locateAmount";
import type { RequestedUnit } from "../../core/numbers/RequestedUnit";
import { resolveItem } from "./resolveItem";
import { GAP_EPSILON } from "../../core/checks/gapRule";

/** A question for one figure: which item, which period, in what unit, from which edition. */
export type ValueQuestion = {
  readonly item: string;
  readonly period: string;
  readonly unit?: RequestedUnit;
  readonly edition: Edition;
  /** Only items of these tables (the shortcuts: contracts, bandwidth, backbone costs). */
  readonly within?: ReadonlySet<string>;
};

/** A figure found and converted: the number and the amount it came from. */
export type FoundValue = { readonly value: number; readonly amount: LocatedAmount };

function sameLabel(context: FunctionsContext, ids: ReadonlyArray<string>): ReadonlyArray<string> {
  const labels = new Set(
    ids.flatMap((id) =>
      (context.index.items.get(id) ?? []).map((p) => normalizeName(p.row.label.en))
    )
  );
  const all = [...labels].flatMap((label) => context.index.names.get(label) ?? []);
  return [...new Set([...ids, ...all])];
}

/**
 * One figure of the release in the unit asked for. A name shared by several items is answered
 * when they all print the same amount for the period (Adjusted EBITDA in Table 5 and in the
 * reconciliation); otherwise the message lists the ids to choose from.
 *
 * @param context - the functions' context
 * @param question - item, period, unit, edition
 * @returns the value with the amount it came from, or a message
 * @example
 * valueOf(context, { item: "Total revenues", period: "4Q02", edition: "en" }).ok //=> true
 */
export function valueOf(
  context: FunctionsContext,
  question: ValueQuestion
): FunctionResult<FoundValue> {
  const ids = resolveItem(context, question.item, question.within);
  if (!ids.ok) {
    return ids;
  }
  const { period, edition, within } = question;
  let located = locateAmount(context, ids.value, period, edition, within);
  if (!located.ok && located.code === "notAvailable") {
    // An alias names one row ("EBITDA" → Table 5); the same label elsewhere may cover the period.
    const siblings = sameLabel(context, ids.value);
    if (siblings.length > ids.value.length) {
      const retry = locateAmount(context, siblings, period, edition, within);
      located = retry.ok ? retry : located;
    }
  }
  if (!located.ok) {
    return located;
  }
  const found: FoundValue[] = [];
  for (const amount of located.value) {
    const converted = convertFigure(amount, question.unit, context.jpyPerUsd);
    if (!converted.ok) {
      return converted;
    }
    found.push({ value: converted.value, amount });
  }
  const [first] = found;
  const agree = found.every(
    (f) => Math.abs(f.value - first.value) <= GAP_EPSILON * Math.max(1, Math.abs(first.value))
  );
  if (agree) {
    return succeed(first);
  }
  return invalidValue({
    kind: "severalItems",
    text: question.item,
    choices: found.map((f) => ({
      item: { id: f.amount.item, label: f.amount.placement.row.label },
      value: f.value,
    })),
  });
}
