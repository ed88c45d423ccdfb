import type { CellRef } from "../model/CellRef";
import type { Edition, Localized } from "../model/Edition";
import type { Interval } from "../numbers/Interval";
import type { InputFigure } from "./Evaluation";
import type { NotCheckableReason } from "./NotCheckableReason";
import type { RuleKind } from "./RuleKind";
import type { Severity } from "./Severity";

type FindingBase = {
  readonly ruleId: string;
  readonly edition: Edition;
  /** The reported figure's cell. */
  readonly where: CellRef;
  /** The item's label and the table's title, for people. */
  readonly label: Localized;
  readonly tableTitle: Localized;
  /** The period the figure is for. */
  readonly period: string;
  readonly reported: { readonly text: string; readonly value: number; readonly decimals: number };
  /** The recomputed point value and the interval the amounts support. */
  readonly recomputed: number;
  readonly interval: Interval;
  /** How far the printed value is from what the amounts support, in units of its last digit. */
  readonly gapUnits: number;
  readonly severity: Severity;
  readonly inputs: ReadonlyArray<InputFigure>;
  /** Pasteable into a review note. */
  readonly explanation: { readonly en: string; readonly ja: string };
};

/**
 * A reported figure its own amounts do not support, with where, how far and why. Tagged by the
 * rule that found it; a claim finding also names the prose section it came from.
 */
export type Finding =
  | (FindingBase & { readonly kind: Exclude<RuleKind, "claim"> })
  | (FindingBase & {
      readonly kind: "claim";
      readonly section: string;
      readonly basePeriod?: string;
    });

/** A cell the engine could not check, and why (text, blank, an Excel error, a zero base). */
export type NotCheckable = {
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly edition: Edition;
  readonly where: CellRef;
  readonly reason: NotCheckableReason;
};
