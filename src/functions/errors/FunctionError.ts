import type { NotCheckableReason } from "../../core/checks/NotCheckableReason";
import type { Edition, Localized } from "../../core/model/Edition";
import type { ConversionProblem } from "../../core/numbers/convertAmount";
import type { PeriodProblem } from "../../core/periods/parsePeriod";

/** An item as a message names it: its id, and its label in each edition. */
export type NamedItem = { readonly id: string; readonly label: Localized };

/** A value a parameter cannot take, as a message names it. */
export type OfferedValue =
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "boolean" }
  | { readonly kind: "unreadable" }
  | { readonly kind: "value"; readonly text: string };

/**
 * Why a function has no answer, as data: a kind and what the message needs. The message
 * catalogue (functionMessages.ts) words each kind in English (Excel's cell) and Japanese (the
 * pane's playground when the pane is Japanese).
 */
export type FunctionError =
  | { readonly kind: "missing"; readonly what: string }
  | { readonly kind: "notText"; readonly what: string; readonly value: OfferedValue }
  | { readonly kind: "notNumber"; readonly what: string; readonly value: OfferedValue }
  | { readonly kind: "severalCells"; readonly what: string }
  | { readonly kind: "tooLong"; readonly what: string; readonly length: number }
  | {
      readonly kind: "argumentCount";
      readonly name: string;
      readonly least: number;
      readonly most: number;
      readonly parameters: string;
      readonly given: number;
    }
  | { readonly kind: "unknownUnit"; readonly text: string }
  | { readonly kind: "unknownEdition"; readonly text: string }
  | { readonly kind: "unknownCheckKind"; readonly text: string }
  | { readonly kind: "conversion"; readonly problem: ConversionProblem }
  /**
   * A name that is no item: `suggestions` are items whose names come near it; `among` says
   * whether they are the near names in the release or every item of the tables searched.
   */
  | {
      readonly kind: "unknownItem";
      readonly name: string;
      readonly suggestions: ReadonlyArray<NamedItem>;
      readonly among: "near" | "tables";
    }
  /** A text that is no period, or a period the item (or `table`) has no figures for. */
  | {
      readonly kind: "unknownPeriod";
      readonly text: string;
      readonly problem?: PeriodProblem;
      readonly periods: ReadonlyArray<string>;
      readonly table?: string;
    }
  /** An item with no printed figure for a period (in a table, when known). */
  | {
      readonly kind: "noFigure";
      readonly label: Localized;
      readonly period: string;
      readonly table?: Localized;
      readonly periods?: ReadonlyArray<string>;
    }
  /** A table with no column for a period. */
  | {
      readonly kind: "noTablePeriod";
      readonly table: Localized;
      readonly tableId: string;
      readonly period: string;
      readonly periods: ReadonlyArray<string>;
    }
  /** A table one edition does not print. */
  | { readonly kind: "notPrinted"; readonly edition: Edition; readonly table: Localized }
  | {
      readonly kind: "unknownStatement";
      readonly text: string;
      readonly statements: ReadonlyArray<string>;
    }
  /** A statement name that means several tables. */
  | {
      readonly kind: "severalTables";
      readonly text: string;
      readonly tables: ReadonlyArray<string>;
    }
  /** A name shared by items whose figures differ. */
  | {
      readonly kind: "severalItems";
      readonly text: string;
      readonly choices: ReadonlyArray<{ readonly item: NamedItem; readonly value: number }>;
    }
  | {
      readonly kind: "unknownColumn";
      readonly text: string;
      readonly columns: ReadonlyArray<string>;
    }
  /** Two amounts in units that cannot be divided. */
  | {
      readonly kind: "incomparable";
      readonly a: { readonly label: Localized; readonly unit: string };
      readonly b: { readonly label: Localized; readonly unit: string };
    }
  /** An item with no total to be a share of. */
  | { readonly kind: "noBase"; readonly label: Localized }
  /** A base that is zero: no share of it (`share`) or no change from it (`change`). */
  | {
      readonly kind: "zeroBase";
      readonly label: Localized;
      readonly period: string;
      readonly ratio: "share" | "change";
    }
  /** IIJ.USD given an amount that is not in yen. */
  | { readonly kind: "notYenAmount"; readonly unit: string }
  /** An amount too large to translate. */
  | { readonly kind: "tooLarge"; readonly amount: number }
  /** Decimals out of range (0 to `most`). */
  | { readonly kind: "decimals"; readonly most: number; readonly given: number }
  /** A reported percentage that is not a finite number. */
  | { readonly kind: "notFinite"; readonly reported: number }
  /** A percentage the check could not read. */
  | { readonly kind: "unreadablePercentage" }
  /** A check the engine could not make, and why (a zero base, a result too large). */
  | { readonly kind: "notCheckable"; readonly reason: NotCheckableReason }
  /** A known item without the figure IIJ.SOURCE asks for (see core/card's MissingFigure). */
  | {
      readonly kind: "noCardFigure";
      readonly items: ReadonlyArray<NamedItem>;
      readonly column: string;
      readonly period: string;
      readonly edition: Edition;
      readonly periods: ReadonlyArray<string>;
      readonly columns: ReadonlyArray<string>;
    }
  /** A lookup's own explanation, in English only (where no kind fits: see the callers). */
  | { readonly kind: "described"; readonly text: string };
