import { buildIndex } from "../core/model/buildIndex";
import { dataset } from "../data";
import { createFunctionsCore } from "./core/functionsCore";
import type { FunctionResult } from "./core/FunctionResult";
import type { FunctionTable } from "./associateFunctions";

// Indexed once, at load: every call is an argument check and a map lookup.
const core = createFunctionsCore(buildIndex(dataset));

/** Turns a core result into the value, or throws the CustomFunctions.Error Excel shows. */
function answer<T>(compute: () => FunctionResult<T>): T {
  let result: FunctionResult<T>;
  try {
    result = compute();
  } catch (error) {
    // A defect must still reach the cell as an error with a message, never as a raw exception.
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `IIJ function failed: ${detail}`.slice(0, 255)
    );
  }
  if (result.ok) {
    return result.value;
  }
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode[result.code], result.message);
}

/**
 * Adjusted EBITDA as the release reports it (operating income plus depreciation and amortization).
 * @customfunction EBITDA
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijebitda
 * @param period A period of the release: 4Q02, 3Q02, 4Q01, FY2002 or FY2001 (also Q4 FY2002, 2002年度).
 * @param [unit] JPY millions (default), JPY thousands, JPY, USD or USD thousands.
 * @returns Adjusted EBITDA in the unit asked for.
 */
export function ebitda(period: string, unit?: string): number {
  return answer(() => core.ebitda(period, unit));
}

/**
 * The share of Dedicated Access Service customers among the top 150 that also use a service.
 * @customfunction CROSSSELL
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijcrosssell
 * @param service Value-added Service, System Integration or Data Center Service (or VAS, SI, Data Center).
 * @param year The fiscal year: 2002, "FY2002" or "FY02" (2001 and 2002 are printed).
 * @returns The cross-selling rate as a fraction (0.353 for 35.3%).
 */
export function crossSell(
  service: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a year is typed as a number or as text; metadata has no union type
  year: any
): number {
  return answer(() => core.crossSell(service, year));
}

/**
 * Any figure of the release, by item and period.
 * @customfunction VALUE
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijvalue
 * @param item An item id (revenues.total), English or Japanese label (Total revenues, 売上高合計) or alias (SI).
 * @param period 4Q02, FY2002, a balance-sheet date (2003-03-31), or a quarter for its end date.
 * @param [unit] JPY, JPY thousands (K), JPY millions (M), USD or USD thousands; default: as printed.
 * @param [edition] en (default) or ja: which edition's figure to read.
 * @returns The figure; percentages as fractions.
 */
export function value(item: string, period: string, unit?: string, edition?: string): number {
  return answer(() => core.value(item, period, unit, edition));
}

/**
 * A whole table of the release as a spilled range of labels and figures.
 * @customfunction STATEMENT
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijstatement
 * @param statement A table id, kind or title: operations_quarterly, balance sheet, cash flows annual, Table 1, 貸借対照表.
 * @param [period] Only this period's amounts (labels and one column of figures).
 * @param [edition] en (default) or ja: which edition's labels and figures.
 * @returns A header row, then one row per line: label and figures (percentages as fractions).
 */
export function statement(
  statement: string,
  period?: string,
  edition?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spill of text and numbers; metadata knows no union matrix
): any[][] {
  return answer(() => core.statement(statement, period, edition)).map((row) => [...row]);
}

/**
 * The item ids of a statement (or of the whole release), for use in IIJ.VALUE.
 * @customfunction ITEMS
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijitems
 * @param [statement] A table id, kind or title; all tables when left out.
 * @returns One item id per row.
 */
export function items(
  statement?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spill of text and numbers; metadata knows no union matrix
): any[][] {
  return answer(() => core.items(statement)).map((row) => [...row]);
}

/**
 * The periods of a statement (or of the whole release).
 * @customfunction PERIODS
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijperiods
 * @param [statement] A table id, kind or title; all periods when left out.
 * @returns One period id per row.
 */
export function periods(
  statement?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spill of text and numbers; metadata knows no union matrix
): any[][] {
  return answer(() => core.periods(statement)).map((row) => [...row]);
}

/**
 * An item's share of total revenues, total assets or a base item, recomputed from the amounts.
 * @customfunction SHARE
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijshare
 * @param item The item (id, label or alias).
 * @param period The period.
 * @param [base] The base item; by default the base of the table's % column.
 * @returns The share as a fraction.
 */
export function share(item: string, period: string, base?: string): number {
  return answer(() => core.share(item, period, base));
}

/**
 * An item's change between two periods, recomputed as the release does: current ÷ base − 1.
 * @customfunction CHANGE
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijchange
 * @param item The item (id, label or alias).
 * @param period The current period.
 * @param basePeriod The period compared with.
 * @returns The change as a fraction.
 */
export function change(item: string, period: string, basePeriod: string): number {
  return answer(() => core.change(item, period, basePeriod));
}

/**
 * The convenience translation of a yen amount into US dollars at the release's rate.
 * @customfunction USD
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijusd
 * @param amount The yen amount.
 * @param [unit] Its unit: JPY thousands (default, gives USD thousands), JPY (gives USD) or JPY millions (gives USD thousands).
 * @returns The amount in US dollars (unrounded).
 */
export function usd(amount: number, unit?: string): number {
  return answer(() => core.usd(amount, unit));
}

/**
 * The rate the release uses for its convenience translation into US dollars (yen per dollar).
 * @customfunction FXRATE
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijfxrate
 * @returns Yen per US dollar (118.07).
 */
export function fxRate(): number {
  return answer(() => core.fxRate());
}

/**
 * Checks a printed percentage against its two amounts with the rounding-aware rule of the checks.
 * @customfunction CHECK
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijcheck
 * @param reported The printed percentage as Excel stores it (0.072 for 7.2%).
 * @param numerator The part (share) or the current amount (change), as printed.
 * @param denominator The whole (share) or the prior amount (change), as printed.
 * @param [decimals] Decimals printed in the percentage (default 1).
 * @param [kind] share (default) or change.
 * @returns OK, MINOR (under one unit of the last digit off) or MAJOR.
 */
export function check(
  reported: number,
  numerator: number,
  denominator: number,
  decimals?: number,
  kind?: string
): string {
  return answer(() => core.check(reported, numerator, denominator, decimals, kind));
}

/**
 * The number of contracts of a service (Table 1).
 * @customfunction CONTRACTS
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijcontracts
 * @param service The service: an id, label or a unique part of one (Data Center, IIJ4U).
 * @param period 4Q02, 3Q02 or 4Q01.
 * @returns The number of contracts.
 */
export function contracts(service: string, period: string): number {
  return answer(() => core.contracts(service, period));
}

/**
 * Contracted bandwidth in Gbps (Table 3).
 * @customfunction BANDWIDTH
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijbandwidth
 * @param kind dedicated, data center or total.
 * @param period 4Q02, 3Q02 or 4Q01.
 * @returns The bandwidth in Gbps.
 */
export function bandwidth(kind: string, period: string): number {
  return answer(() => core.bandwidth(kind, period));
}

/**
 * Backbone costs in JPY millions (Table 4).
 * @customfunction BACKBONE
 * @helpurl https://github.com/iij-statements/iij-statements-excel#iijbackbone
 * @param kind international or domestic.
 * @param period 4Q02, 3Q02 or 4Q01.
 * @returns The cost in JPY millions.
 */
export function backbone(kind: string, period: string): number {
  return answer(() => core.backbone(kind, period));
}

/**
 * Every function with the id Excel knows it by (FUNCTION_IDS, the ids of the metadata). Fetched
 * on the first call by the wrappers registerFunctions.ts associates at page load.
 */
export const FUNCTIONS = {
  EBITDA: ebitda,
  CROSSSELL: crossSell,
  VALUE: value,
  STATEMENT: statement,
  ITEMS: items,
  PERIODS: periods,
  SHARE: share,
  CHANGE: change,
  USD: usd,
  FXRATE: fxRate,
  CHECK: check,
  CONTRACTS: contracts,
  BANDWIDTH: bandwidth,
  BACKBONE: backbone,
} as const satisfies FunctionTable;
