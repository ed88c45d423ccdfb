// Written by `npm run functions` from src/functions/catalogue/functionCatalogue.ts; do not edit.
// custom-functions-metadata reads the JSDoc below into functions.json.
import { answer } from "./answer";
import type { FunctionTable } from "./associateFunctions";

/**
 * Adjusted EBITDA as the release reports it (operating income plus depreciation and amortization).
 * @customfunction EBITDA
 * @helpurl https://localhost:3000/functions-reference.html#EBITDA
 * @param period A period of the release: 4Q02, 3Q02, 4Q01, FY2002 or FY2001 (also Q4 FY2002, 2002年度).
 * @param [unit] JPY millions (default), JPY thousands, JPY, USD or USD thousands.
 * @returns Adjusted EBITDA in the unit asked for.
 */
export function ebitda(period: string, unit?: string): number {
  return answer("EBITDA", period, unit);
}

/**
 * The share of Dedicated Access Service customers among the top 150 that also use a service.
 * @customfunction CROSSSELL
 * @helpurl https://localhost:3000/functions-reference.html#CROSSSELL
 * @param service Value-added Service, System Integration or Data Center Service (or VAS, SI, Data Center).
 * @param year The fiscal year: 2002, "FY2002" or "FY02" (2001 and 2002 are printed).
 * @returns The cross-selling rate as a fraction (0.353 for 35.3%).
 */
export function crosssell(
  service: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- text or a number; metadata has no union type
  year: any
): number {
  return answer("CROSSSELL", service, year);
}

/**
 * Any figure of the release, by item and period.
 * @customfunction VALUE
 * @helpurl https://localhost:3000/functions-reference.html#VALUE
 * @param item An item id (revenues.total), the release's English or Japanese label (Total revenues, 営業収益合計), or a name analysts use (Net income, 売上高合計, Capex).
 * @param period 4Q02, FY2002, a balance-sheet date (2003-03-31), or a quarter for its end date.
 * @param [unit] JPY, JPY thousands (K), JPY millions (M), USD or USD thousands; default: as printed.
 * @param [edition] en (default) or ja: which edition's figure to read.
 * @returns The figure; percentages as fractions.
 */
export function value(item: string, period: string, unit?: string, edition?: string): number {
  return answer("VALUE", item, period, unit, edition);
}

/**
 * A whole table of the release as a spilled range of labels and figures.
 * @customfunction STATEMENT
 * @helpurl https://localhost:3000/functions-reference.html#STATEMENT
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
  return answer("STATEMENT", statement, period, edition).map((row) => [...row]);
}

/**
 * The items of a statement (or of the whole release), for use in IIJ.VALUE: the id, then the standard name analysts use (or the release's label where there is none).
 * @customfunction ITEMS
 * @helpurl https://localhost:3000/functions-reference.html#ITEMS
 * @param [statement] A table id, kind or title; all tables when left out.
 * @returns One item per row: its id, then its standard name.
 */
export function items(
  statement?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spill of text and numbers; metadata knows no union matrix
): any[][] {
  return answer("ITEMS", statement).map((row) => [...row]);
}

/**
 * The periods of a statement (or of the whole release).
 * @customfunction PERIODS
 * @helpurl https://localhost:3000/functions-reference.html#PERIODS
 * @param [statement] A table id, kind or title; all periods when left out.
 * @returns One period id per row.
 */
export function periods(
  statement?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spill of text and numbers; metadata knows no union matrix
): any[][] {
  return answer("PERIODS", statement).map((row) => [...row]);
}

/**
 * An item's share of total revenues, total assets or a base item, recomputed from the amounts.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/functions-reference.html#SHARE
 * @param item The item (id, label or alias).
 * @param period The period.
 * @param [base] The base item; by default the base of the table's % column.
 * @returns The share as a fraction.
 */
export function share(item: string, period: string, base?: string): number {
  return answer("SHARE", item, period, base);
}

/**
 * An item's change between two periods, recomputed as the release does: current ÷ base − 1.
 * @customfunction CHANGE
 * @helpurl https://localhost:3000/functions-reference.html#CHANGE
 * @param item The item (id, label or alias).
 * @param period The current period.
 * @param basePeriod The period compared with.
 * @returns The change as a fraction.
 */
export function change(item: string, period: string, basePeriod: string): number {
  return answer("CHANGE", item, period, basePeriod);
}

/**
 * The convenience translation of a yen amount into US dollars at the release's rate.
 * @customfunction USD
 * @helpurl https://localhost:3000/functions-reference.html#USD
 * @param amount The yen amount.
 * @param [unit] Its unit: JPY thousands (default, gives USD thousands), JPY (gives USD) or JPY millions (gives USD thousands).
 * @returns The amount in US dollars (unrounded).
 */
export function usd(amount: number, unit?: string): number {
  return answer("USD", amount, unit);
}

/**
 * The rate the release uses for its convenience translation into US dollars (yen per dollar).
 * @customfunction FXRATE
 * @helpurl https://localhost:3000/functions-reference.html#FXRATE
 * @returns Yen per US dollar (118.07).
 */
export function fxrate(): number {
  return answer("FXRATE");
}

/**
 * Checks a printed percentage against its two amounts with the rounding-aware rule of the checks.
 * @customfunction CHECK
 * @helpurl https://localhost:3000/functions-reference.html#CHECK
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
  return answer("CHECK", reported, numerator, denominator, decimals, kind);
}

/**
 * The number of contracts of a service (Table 1).
 * @customfunction CONTRACTS
 * @helpurl https://localhost:3000/functions-reference.html#CONTRACTS
 * @param service The service: an id, label or a unique part of one (Data Center, IIJ4U).
 * @param period 4Q02, 3Q02 or 4Q01.
 * @returns The number of contracts.
 */
export function contracts(service: string, period: string): number {
  return answer("CONTRACTS", service, period);
}

/**
 * Contracted bandwidth in Gbps (Table 3).
 * @customfunction BANDWIDTH
 * @helpurl https://localhost:3000/functions-reference.html#BANDWIDTH
 * @param kind dedicated, data center or total.
 * @param period 4Q02, 3Q02 or 4Q01.
 * @returns The bandwidth in Gbps.
 */
export function bandwidth(kind: string, period: string): number {
  return answer("BANDWIDTH", kind, period);
}

/**
 * Backbone costs in JPY millions (Table 4).
 * @customfunction BACKBONE
 * @helpurl https://localhost:3000/functions-reference.html#BACKBONE
 * @param kind international or domestic.
 * @param period 4Q02, 3Q02 or 4Q01.
 * @returns The cost in JPY millions.
 */
export function backbone(kind: string, period: string): number {
  return answer("BACKBONE", kind, period);
}

/**
 * Where the release prints a figure: its table, row, column and line of the text.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/functions-reference.html#SOURCE
 * @param item An item id, the release's English or Japanese label, or a name analysts use.
 * @param period 4Q02, FY2002 or a balance-sheet date (2003-03-31).
 * @param [column] amount (default), share, yoy, qoq or usd: which of the item's figures for the period.
 * @param [edition] en (default) or ja: which edition's page, row and column to name.
 * @returns One line, e.g. Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604.
 */
export function source(item: string, period: string, column?: string, edition?: string): string {
  return answer("SOURCE", item, period, column, edition);
}

/** Every function by the id Excel knows it by, associated by registerFunctions.ts. */
export const FUNCTIONS = {
  EBITDA: ebitda,
  CROSSSELL: crosssell,
  VALUE: value,
  STATEMENT: statement,
  ITEMS: items,
  PERIODS: periods,
  SHARE: share,
  CHANGE: change,
  USD: usd,
  FXRATE: fxrate,
  CHECK: check,
  CONTRACTS: contracts,
  BANDWIDTH: bandwidth,
  BACKBONE: backbone,
  SOURCE: source,
} as const satisfies FunctionTable;
