import type { RuleKind } from "../checks/RuleKind";
import type { Severity } from "../checks/Severity";
import type { Expr } from "./formula/Expr";

/** One checked cell's highlight formula, before grouping. */
export type CellHighlight = {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: RuleKind;
  readonly expr: Expr;
};
