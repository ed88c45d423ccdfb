import type { DatasetIndex } from "../../core/model/DatasetIndex";
import type { Edition } from "../../core/model/Edition";
import { boundedMemo, isMemoKey } from "./boundedMemo";
import { checkPercentage, type CheckVerdict, parseCheckKind } from "./checkPercentage";
import { functionsContext, type FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, succeed } from "./FunctionResult";
import { parseEdition } from "./parseEdition";
import { changeOverPeriod, shareOfTotal } from "./ratioFunctions";
import { isAbsent, readNumber, readOptionalText, readText } from "./readArgument";
import { parseUnit, type RequestedUnit } from "./RequestedUnit";
import { type Grid, itemList, periodList, statementGrid } from "./statementFunctions";
import { usdTranslation } from "./usdTranslation";
import { valueOf } from "./valueOf";

/** The most results remembered per function before the memo starts afresh. */
export const MEMO_LIMIT = 1000;

/**
 * The IIJ.* functions over one dataset, each taking arguments as Excel passes them (anything)
 * and returning a tagged result; `functions.ts` turns failures into `CustomFunctions.Error`.
 */
export type FunctionsCore = {
  readonly ebitda: (period: unknown, unit?: unknown) => FunctionResult<number>;
  readonly crossSell: (service: unknown, year: unknown) => FunctionResult<number>;
  readonly value: (
    item: unknown,
    period: unknown,
    unit?: unknown,
    edition?: unknown
  ) => FunctionResult<number>;
  readonly statement: (
    statement: unknown,
    period?: unknown,
    edition?: unknown
  ) => FunctionResult<Grid>;
  readonly items: (statement?: unknown) => FunctionResult<Grid>;
  readonly periods: (statement?: unknown) => FunctionResult<Grid>;
  readonly share: (item: unknown, period: unknown, base?: unknown) => FunctionResult<number>;
  readonly change: (item: unknown, period: unknown, basePeriod: unknown) => FunctionResult<number>;
  readonly usd: (amount: unknown, unit?: unknown) => FunctionResult<number>;
  readonly fxRate: () => FunctionResult<number>;
  readonly check: (
    reported: unknown,
    numerator: unknown,
    denominator: unknown,
    decimals?: unknown,
    kind?: unknown
  ) => FunctionResult<CheckVerdict>;
  readonly contracts: (service: unknown, period: unknown) => FunctionResult<number>;
  readonly bandwidth: (kind: unknown, period: unknown) => FunctionResult<number>;
  readonly backbone: (kind: unknown, period: unknown) => FunctionResult<number>;
};

function readEdition(value: unknown): FunctionResult<Edition> {
  const text = readOptionalText(value, "edition");
  return text.ok ? parseEdition(text.value) : text;
}

function optionalUnit(value: unknown): FunctionResult<RequestedUnit | undefined> {
  const text = readOptionalText(value, "unit");
  if (!text.ok) {
    return text;
  }
  return text.value === undefined ? succeed(undefined) : parseUnit(text.value);
}

/** Remembers a function's results by its (primitive) arguments, up to MEMO_LIMIT of them. */
function memoized<R>(
  compute: (a: unknown, b: unknown, c: unknown, d: unknown) => FunctionResult<R>
): (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => FunctionResult<R> {
  const memo = boundedMemo<FunctionResult<R>>(MEMO_LIMIT);
  return (a, b, c, d) => {
    if (!(isMemoKey(a) && isMemoKey(b) && isMemoKey(c) && isMemoKey(d))) {
      return compute(a, b, c, d);
    }
    const known = memo.get(a, b, c, d);
    if (known !== undefined) {
      return known;
    }
    const result = compute(a, b, c, d);
    memo.set(a, b, c, d, result);
    return result;
  };
}

function figure(
  context: FunctionsContext,
  within: ReadonlySet<string> | undefined,
  what: string
): (item: unknown, period: unknown, unit: unknown, edition: unknown) => FunctionResult<number> {
  return (itemArg, periodArg, unitArg, editionArg) => {
    const item = readText(itemArg, what);
    if (!item.ok) {
      return item;
    }
    const period = readText(periodArg, "period");
    if (!period.ok) {
      return period;
    }
    const unit = optionalUnit(unitArg);
    if (!unit.ok) {
      return unit;
    }
    const edition = readEdition(editionArg);
    if (!edition.ok) {
      return edition;
    }
    const found = valueOf(context, {
      item: item.value,
      period: period.value,
      unit: unit.value,
      edition: edition.value,
      ...(within === undefined ? {} : { within }),
    });
    return found.ok ? succeed(found.value.value) : found;
  };
}

function within(context: FunctionsContext, id: string): ReadonlySet<string> {
  return new Set(context.index.tables.has(id) ? [id] : []);
}

/**
 * Builds every IIJ.* function over one dataset index (built once, at load).
 *
 * @param index - the dataset index
 * @returns the functions
 * @example
 * createFunctionsCore(buildIndex(dataset)).ebitda("4Q02") //=> { ok: true, value: 459 }
 */
export function createFunctionsCore(index: DatasetIndex): FunctionsCore {
  const context = functionsContext(index);
  const value = figure(context, undefined, "item");
  const ebitdaFigure = figure(context, within(context, "ebitda_reconciliation"), "item");
  const crossSellFigure = figure(context, within(context, "cross_selling"), "service");
  const contractsFigure = figure(context, within(context, "contracts"), "service");
  const bandwidthFigure = figure(context, within(context, "contracted_bandwidth"), "kind");
  const backboneFigure = figure(context, within(context, "backbone_costs"), "kind");
  const text2 = <R>(
    a: unknown,
    b: unknown,
    whatA: string,
    whatB: string,
    f: (x: string, y: string) => FunctionResult<R>
  ): FunctionResult<R> => {
    const x = readText(a, whatA);
    const y = readText(b, whatB);
    return !x.ok ? x : !y.ok ? y : f(x.value, y.value);
  };
  return {
    ebitda: memoized((period, unit) =>
      ebitdaFigure("ebitda.adjusted_ebitda", period, unit, undefined)
    ),
    crossSell: memoized((service, year) => crossSellFigure(service, year, undefined, undefined)),
    value: memoized(value),
    statement: memoized((statementArg, periodArg, editionArg) => {
      const statement = readText(statementArg, "statement");
      const period = readOptionalText(periodArg, "period");
      const edition = readEdition(editionArg);
      return !statement.ok
        ? statement
        : !period.ok
          ? period
          : !edition.ok
            ? edition
            : statementGrid(context, statement.value, period.value, edition.value);
    }),
    items: memoized((statementArg) => {
      const statement = readOptionalText(statementArg, "statement");
      return statement.ok ? itemList(context, statement.value) : statement;
    }),
    periods: memoized((statementArg) => {
      const statement = readOptionalText(statementArg, "statement");
      return statement.ok ? periodList(context, statement.value) : statement;
    }),
    share: memoized((itemArg, periodArg, baseArg) => {
      const base = readOptionalText(baseArg, "base");
      return !base.ok
        ? base
        : text2(itemArg, periodArg, "item", "period", (item, period) =>
            shareOfTotal(context, item, period, base.value)
          );
    }),
    change: memoized((itemArg, periodArg, baseArg) => {
      const base = readText(baseArg, "base period");
      return !base.ok
        ? base
        : text2(itemArg, periodArg, "item", "period", (item, period) =>
            changeOverPeriod(context, item, period, base.value)
          );
    }),
    usd: memoized((amountArg, unitArg) => {
      const amount = readNumber(amountArg, "amount");
      const unit = optionalUnit(unitArg);
      return !amount.ok
        ? amount
        : !unit.ok
          ? unit
          : usdTranslation(amount.value, unit.value, context.jpyPerUsd);
    }),
    fxRate: () => succeed(context.jpyPerUsd),
    check: (reportedArg, numeratorArg, denominatorArg, decimalsArg, kindArg) => {
      const reported = readNumber(reportedArg, "reported percentage");
      if (!reported.ok) {
        return reported;
      }
      const numerator = readNumber(numeratorArg, "numerator");
      if (!numerator.ok) {
        return numerator;
      }
      const denominator = readNumber(denominatorArg, "denominator");
      if (!denominator.ok) {
        return denominator;
      }
      const decimals = isAbsent(decimalsArg) ? succeed(1) : readNumber(decimalsArg, "decimals");
      if (!decimals.ok) {
        return decimals;
      }
      const kindText = readOptionalText(kindArg, "kind");
      const kind = kindText.ok ? parseCheckKind(kindText.value) : kindText;
      return !kind.ok
        ? kind
        : checkPercentage({
            reported: reported.value,
            numerator: numerator.value,
            denominator: denominator.value,
            decimals: decimals.value,
            kind: kind.value,
          });
    },
    contracts: memoized((service, period) =>
      contractsFigure(service, period, undefined, undefined)
    ),
    bandwidth: memoized((kind, period) => bandwidthFigure(kind, period, undefined, undefined)),
    backbone: memoized((kind, period) => backboneFigure(kind, period, undefined, undefined)),
  };
}
