import { evaluateRule } from "../../core/checks/evaluateRule";
import type { FigureReading } from "../../core/checks/FigureReading";
import type { Rule } from "../../core/checks/Rule";
import type { CellRef } from "../../core/model/CellRef";
import { type FunctionResult, invalidValue, notAvailable, succeed } from "./FunctionResult";

/** The engine's verdict as a worksheet shows it. */
export type CheckVerdict = "OK" | "MINOR" | "MAJOR";

/** What IIJ.CHECK is asked: a printed percentage (as Excel stores it) and the two amounts. */
export type CheckQuestion = {
  /** The percentage as a fraction: 0.072 for 7.2%. */
  readonly reported: number;
  readonly numerator: number;
  readonly denominator: number;
  /** Decimals printed in the percentage (1 for 7.2%). */
  readonly decimals: number;
  readonly kind: "share" | "change";
};

const MAX_DECIMALS = 6;

const cell = (item: string): CellRef => ({ table: "IIJ.CHECK", item, column: "value" });
const TARGET = cell("reported");
const NUMERATOR = cell("numerator");
const DENOMINATOR = cell("denominator");

/** Digits after the point as typed (an amount of 9.9 stands for ±0.05), at most 10. */
function amountDecimals(n: number): number {
  const m = /\.(\d+)$/.exec(String(n));
  return m === null ? 0 : Math.min(10, m[1].length);
}

function reading(value: number, decimals: number): FigureReading {
  return { kind: "figure", value, decimals, text: String(value) };
}

/**
 * Reads IIJ.CHECK's kind argument: `share` (default) or `change`.
 *
 * @param text - the kind as typed, or undefined
 * @returns the kind, or a message
 * @example
 * parseCheckKind("Change") //=> { ok: true, value: "change" }
 */
export function parseCheckKind(text: string | undefined): FunctionResult<"share" | "change"> {
  const key = (text ?? "share").normalize("NFKC").trim().toLowerCase();
  return key === "share" || key === "change"
    ? succeed(key)
    : invalidValue({ kind: "unknownCheckKind", text: (text ?? "").slice(0, 40) });
}

/**
 * Checks a printed percentage against two amounts with the engine's own rule: the percentage
 * stands for ±½ unit of its last printed decimal, each amount for ±½ unit of its last digit;
 * consistent when the intervals meet, else `MINOR` (under one unit off) or `MAJOR`.
 *
 * @param question - the reported fraction, the amounts, the printed decimals and the kind
 * @returns "OK", "MINOR" or "MAJOR", or a message
 * @example
 * checkPercentage({ reported: 0.072, numerator: 931399, denominator: 13036439, decimals: 1, kind: "share" }) //=> { ok: true, value: "MINOR" }
 */
export function checkPercentage(question: CheckQuestion): FunctionResult<CheckVerdict> {
  const { reported, numerator, denominator, decimals, kind } = question;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    return invalidValue({ kind: "decimals", most: MAX_DECIMALS, given: decimals });
  }
  // Excel stores 7.2% as 0.072; ×100 gives 7.199999999999999, so round away the float noise.
  const percent = Number((reported * 100).toFixed(decimals + 6));
  if (!Number.isFinite(percent)) {
    return invalidValue({ kind: "notFinite", reported });
  }
  const figures = new Map<CellRef, FigureReading>([
    [TARGET, reading(percent, decimals)],
    [NUMERATOR, reading(numerator, amountDecimals(numerator))],
    [DENOMINATOR, reading(denominator, amountDecimals(denominator))],
  ]);
  const source = (ref: CellRef): FigureReading => figures.get(ref) ?? { kind: "absent" };
  const rule: Rule =
    kind === "share"
      ? {
          kind,
          id: "IIJ.CHECK",
          editions: ["en"],
          target: TARGET,
          numerator: NUMERATOR,
          denominator: DENOMINATOR,
        }
      : {
          kind,
          id: "IIJ.CHECK",
          editions: ["en"],
          target: TARGET,
          current: NUMERATOR,
          prior: DENOMINATOR,
        };
  const evaluation = evaluateRule(rule, source, "round");
  switch (evaluation.status) {
    case "absent":
      return notAvailable({ kind: "unreadablePercentage" });
    case "notCheckable":
      return notAvailable({ kind: "notCheckable", reason: evaluation.reason });
    case "checked":
      return succeed(
        evaluation.severity === null ? "OK" : evaluation.severity === "minor" ? "MINOR" : "MAJOR"
      );
  }
}
