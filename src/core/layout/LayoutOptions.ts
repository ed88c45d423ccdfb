import type { TableKind } from "../model/Table";
import type { RoundingMode } from "../numbers/RoundingMode";

/** What to lay out: one edition or both, which table groups, the rounding rule, the highlights. */
export type LayoutOptions = {
  readonly edition: "en" | "ja" | "both";
  /** Table groups to lay out; every group when omitted. */
  readonly tables?: ReadonlyArray<TableKind>;
  readonly mode: RoundingMode;
  /** Whether minor findings get an amber highlight (major ones are always red). */
  readonly highlightMinor: boolean;
};
