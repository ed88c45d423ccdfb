import type { CellRef } from "./CellRef";
import type { Localized } from "./Edition";

/**
 * An equality the release implies between cells of different tables (or of different columns of
 * one table): `total = Σ sign·part`, each side in its own unit and converted before comparing.
 * Adjusted EBITDA's reconciliation, capex, Table 2 against dedicated-access revenue, cash at the
 * end of a period against the balance sheet.
 */
export type Reconciliation = {
  readonly id: string;
  readonly total: CellRef;
  readonly parts: ReadonlyArray<{ readonly ref: CellRef; readonly sign: 1 | -1 }>;
  /** Why these must agree, in the domain's words. */
  readonly basis: Localized;
};
