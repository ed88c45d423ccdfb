import type { Claim } from "./Claim";
import type { Period } from "./Period";
import type { Reconciliation } from "./Reconciliation";
import type { StandardNames } from "./StandardNames";
import type { Table } from "./Table";

/** The release as facts and figures: every table in both editions, the rate, the claims. */
export type Dataset = {
  readonly release: {
    readonly id: string;
    readonly company: { readonly en: string; readonly ja: string };
    readonly ticker: string;
    readonly published: { readonly en: string; readonly ja: string };
    readonly fiscalYearEnd: string;
  };
  /** The convenience translation rate: `jpyPerUsd` yen to one dollar, as of `asOf`. */
  readonly fxRate: {
    readonly jpyPerUsd: number;
    readonly text: string;
    readonly asOf: string;
  };
  readonly periods: ReadonlyArray<Period>;
  readonly tables: ReadonlyArray<Table>;
  readonly reconciliations: ReadonlyArray<Reconciliation>;
  readonly claims: ReadonlyArray<Claim>;
  /** Analysts' names for items, matched like labels (`src/data/standardNames.json`). */
  readonly standardNames?: StandardNames;
};
