import type { CellRef } from "../model/CellRef";
import type { Claim } from "../model/Claim";
import type { Edition } from "../model/Edition";

/** A signed, unit-converted part of a sum: `sign · scale · value(ref)`. */
export type ScaledTerm = {
  readonly ref: CellRef;
  readonly sign: 1 | -1;
  /** Converts the part's unit into the target's (1000 for JPY millions into JPY thousands). */
  readonly scale: number;
};

/**
 * A check, as data: which reported figure (`target`) must agree with what formula of which
 * amounts. `core/checks` evaluates it; `core/layout` turns the same description into an Excel
 * formula, so the workbook's highlights and the engine's findings come from one source.
 */
export type Rule =
  | {
      readonly kind: "share";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      readonly target: CellRef;
      readonly numerator: CellRef;
      readonly denominator: CellRef;
    }
  | {
      /** Change as the release computes it: current ÷ prior − 1, even when the prior is negative. */
      readonly kind: "change";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      readonly target: CellRef;
      readonly current: CellRef;
      readonly prior: CellRef;
    }
  | {
      readonly kind: "footing";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      readonly target: CellRef;
      readonly terms: ReadonlyArray<ScaledTerm>;
    }
  | {
      readonly kind: "translation";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      readonly target: CellRef;
      readonly jpy: CellRef;
      /** Yen per unit of the JPY column, over yen per unit of the USD column at the rate. */
      readonly factor: number;
    }
  | {
      readonly kind: "reconciliation";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      readonly target: CellRef;
      readonly terms: ReadonlyArray<ScaledTerm>;
    }
  | {
      readonly kind: "claim";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      /** `{ table: "claims", item: claim.id, column: "claimed" }`: the claimed figure itself. */
      readonly target: CellRef;
      readonly claim: Claim;
    }
  | {
      /** The English and the Japanese edition must print the same figure in the same cell. */
      readonly kind: "edition";
      readonly id: string;
      readonly editions: ReadonlyArray<Edition>;
      readonly target: CellRef;
    };

/** The pseudo-table under which claims are addressed as cells. */
export const CLAIMS_TABLE = "claims";
