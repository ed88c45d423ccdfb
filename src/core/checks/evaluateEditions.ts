import type { CellProblem } from "./CellProblem";
import type { Evaluation } from "./Evaluation";
import type { FigureSource } from "./FigureReading";
import type { Rule } from "./Rule";

/**
 * Compares the same cell in the English and the Japanese edition. Any difference in the printed
 * value is a finding: `minor` when they are one unit of the last digit apart, `major` beyond.
 * The evaluation belongs to the Japanese cell; the English figure is its input.
 *
 * @param rule - an edition rule
 * @param english - the English edition's figures
 * @param japanese - the Japanese edition's figures
 * @returns the evaluation
 * @example
 * evaluateEditions(rule, en, ja).status //=> "checked"
 */
export function evaluateEditions(
  rule: Extract<Rule, { kind: "edition" }>,
  english: FigureSource,
  japanese: FigureSource
): Evaluation {
  const en = english(rule.target);
  const ja = japanese(rule.target);
  if (en.kind === "absent" || ja.kind === "absent") {
    return { status: "absent" };
  }
  if (en.kind === "unreadable" || ja.kind === "unreadable") {
    return {
      status: "notCheckable",
      reason:
        en.kind === "unreadable"
          ? { kind: "editionUnreadable", edition: "en", problem: en.reason }
          : {
              kind: "editionUnreadable",
              edition: "ja",
              problem: (ja as { reason: CellProblem }).reason,
            },
    };
  }
  const decimals = Math.max(en.decimals, ja.decimals);
  const a = en.value ?? 0;
  const b = ja.value ?? 0;
  // Both figures are whole multiples of 10^-decimals, so their distance is a whole number of
  // units: rounding removes binary noise, it is not a tolerance.
  const units = Math.round(Math.abs(a - b) * 10 ** decimals);
  const point = { lo: a, hi: a };
  return {
    status: "checked",
    reported: { text: ja.text, value: b, decimals: ja.decimals },
    reportedInterval: { lo: b, hi: b },
    recomputed: a,
    recomputedInterval: point,
    gapUnits: units,
    severity: units === 0 ? null : units <= 1 ? "minor" : "major",
    inputs: [{ ref: rule.target, text: en.text, value: a }],
  };
}
