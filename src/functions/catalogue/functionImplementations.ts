import { checkPercentage, parseCheckKind } from "../pure/checkPercentage";
import type { FunctionsContext } from "../pure/FunctionsContext";
import { type FunctionResult, invalidValue, succeed } from "../pure/FunctionResult";
import { CARD_COLUMNS } from "../../core/card/CardColumn";
import { sourceReference } from "../../core/card/sourceReference";
import { namedItem } from "../pure/namedItem";
import { parseEdition } from "../pure/parseEdition";
import { changeOverPeriod, shareOfTotal } from "../pure/ratioFunctions";
import type { RequestedUnit } from "../../core/numbers/RequestedUnit";
import { parseUnit } from "../pure/parseUnit";
import { resolveItem } from "../pure/resolveItem";
import { type Grid, itemList, periodList, statementGrid } from "../pure/statementFunctions";
import { usdTranslation } from "../pure/usdTranslation";
import { valueOf } from "../pure/valueOf";
import type { FunctionId } from "../functionIds";
import { FUNCTION_CATALOGUE } from "./functionCatalogue";
import type { ArgumentsOf } from "./FunctionSpec";

type Catalogue = typeof FUNCTION_CATALOGUE;

/** What each result type of the catalogue is in TypeScript. */
type ResultValue = { readonly number: number; readonly text: string; readonly grid: Grid };

/** The code of function K: its arguments read and typed by name, its answer or a failure. */
export type Implementation<K extends FunctionId> = (
  context: FunctionsContext,
  args: ArgumentsOf<Catalogue[K]["parameters"]>
) => FunctionResult<ResultValue[Catalogue[K]["result"]]>;

/** The value an implementation of function K answers with. */
export type ResultOf<K extends FunctionId> = ResultValue[Catalogue[K]["result"]];

function optionalUnit(text: string | undefined): FunctionResult<RequestedUnit | undefined> {
  return text === undefined ? succeed(undefined) : parseUnit(text);
}

/** One figure by item and period, optionally only among one table's items. */
function figure(
  context: FunctionsContext,
  question: {
    readonly item: string;
    readonly period: string;
    readonly unit?: string;
    readonly edition?: string;
    readonly table?: string;
  }
): FunctionResult<number> {
  const unit = optionalUnit(question.unit);
  if (!unit.ok) {
    return unit;
  }
  const edition = parseEdition(question.edition);
  if (!edition.ok) {
    return edition;
  }
  const { table } = question;
  const found = valueOf(context, {
    item: question.item,
    period: question.period,
    unit: unit.value,
    edition: edition.value,
    ...(table === undefined
      ? {}
      : { within: new Set(context.index.tables.has(table) ? [table] : []) }),
  });
  return found.ok ? succeed(found.value.value) : found;
}

/**
 * The code of every IIJ.* function, by id, over arguments already read as the catalogue says.
 * Each is a line that calls the domain code; the compiler asks for one per catalogue entry.
 */
export const FUNCTION_IMPLEMENTATIONS: { readonly [K in FunctionId]: Implementation<K> } = {
  EBITDA: (context, { period, unit }) =>
    figure(context, {
      item: "ebitda.adjusted_ebitda",
      period,
      unit,
      table: "ebitda_reconciliation",
    }),
  CROSSSELL: (context, { service, year }) =>
    figure(context, { item: service, period: year, table: "cross_selling" }),
  VALUE: (context, { item, period, unit, edition }) =>
    figure(context, { item, period, unit, edition }),
  STATEMENT: (context, { statement, period, edition }) => {
    const chosen = parseEdition(edition);
    return chosen.ok ? statementGrid(context, statement, period, chosen.value) : chosen;
  },
  ITEMS: (context, { statement }) => itemList(context, statement),
  PERIODS: (context, { statement }) => periodList(context, statement),
  SHARE: (context, { item, period, base }) => shareOfTotal(context, item, period, base),
  CHANGE: (context, { item, period, basePeriod }) =>
    changeOverPeriod(context, item, period, basePeriod),
  USD: (context, { amount, unit }) => {
    const from = optionalUnit(unit);
    return from.ok ? usdTranslation(amount, from.value, context.jpyPerUsd) : from;
  },
  FXRATE: (context) => succeed(context.jpyPerUsd),
  CHECK: (_context, { reported, numerator, denominator, decimals, kind }) => {
    const checked = parseCheckKind(kind);
    return checked.ok
      ? checkPercentage({ reported, numerator, denominator, decimals, kind: checked.value })
      : checked;
  },
  CONTRACTS: (context, { service, period }) =>
    figure(context, { item: service, period, table: "contracts" }),
  BANDWIDTH: (context, { kind, period }) =>
    figure(context, { item: kind, period, table: "contracted_bandwidth" }),
  BACKBONE: (context, { kind, period }) =>
    figure(context, { item: kind, period, table: "backbone_costs" }),
  SOURCE: (context, { item, period, column, edition }) => {
    const chosen = parseEdition(edition);
    if (!chosen.ok) {
      return chosen;
    }
    const wanted = column.normalize("NFKC").trim().toLowerCase();
    const cardColumn = CARD_COLUMNS.find((c) => c === wanted);
    if (cardColumn === undefined) {
      return invalidValue({ kind: "unknownColumn", text: column, columns: CARD_COLUMNS });
    }
    const known = resolveItem(context, item);
    if (!known.ok) {
      return known;
    }
    const found = sourceReference(context.index, item, period, cardColumn, chosen.value);
    if (found.ok) {
      return succeed(found.text);
    }
    const { missing } = found;
    // Without `missing`, the dataset's index disagrees with its tables: a build fault, in English.
    return invalidValue(
      missing === undefined
        ? found.message
        : {
            kind: "noCardFigure",
            ...missing,
            items: missing.items.map((id) => namedItem(context.index, id)),
          }
    );
  },
};
