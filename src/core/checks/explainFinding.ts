import type { Evaluation } from "./Evaluation";
import { formatAmount } from "./formatAmount";
import { isPercentRule } from "./isPercentRule";
import type { Rule } from "./Rule";

type Checked = Extract<Evaluation, { status: "checked" }>;

function expression(rule: Rule, e: Checked, rate: number): string {
  const t = e.inputs.map((i) => i.text);
  switch (rule.kind) {
    case "share":
      return `${t[0]} ÷ ${t[1]}`;
    case "change":
      return `${t[0]} ÷ ${t[1]} − 1`;
    case "translation":
      return `${t[0]} ÷ ${rate}`;
    case "footing":
    case "reconciliation":
      return rule.terms
        .map(
          (term, i) =>
            `${i === 0 ? (term.sign < 0 ? "−" : "") : term.sign < 0 ? " − " : " + "}${t[i]}`
        )
        .join("");
    case "claim":
      switch (rule.claim.formula.kind) {
        case "change":
          return `${t[0]} ÷ ${t[1]} − 1`;
        case "share":
          return `${t[0]} ÷ ${t[1]}`;
        case "margin":
          return `(${t[0]} − ${t[1]}) ÷ ${t[0]}`;
      }
      break;
    case "edition":
      return t[0];
  }
}

/**
 * The finding in words an auditor can paste into a review note, in English and Japanese:
 * "Reported 7.3%; 931,399 ÷ 13,036,439 = 7.14% (7.1%); off by 0.16 points."
 *
 * @param rule - the rule that found it
 * @param e - the evaluation
 * @param rate - the convenience-translation rate, for translations
 * @param cells - for a table whose arithmetic was inferred, the reported cell and its formula in
 *   A1 terms ("C12", "B12 ÷ B$30"), which the sentence then names
 * @returns the explanation in both languages
 * @example
 * explainFinding(shareRule, evaluation, 118.07).en //=> "Reported 7.2%; 931,399 ÷ 13,036,439 = 7.14% (7.1%); off by 0.06 points; …"
 */
export function explainFinding(
  rule: Rule,
  e: Checked,
  rate: number,
  cells?: { readonly target: string; readonly formula: string }
): { en: string; ja: string } {
  const d = e.reported.decimals;
  const percent = isPercentRule(rule);
  const pct = percent ? "%" : "";
  // Amounts as printed ("(10,751)"); percentages signed, since a continuation row prints "(8.3)".
  const reported = percent ? formatAmount(e.reported.value, d) + pct : e.reported.text;
  const off = formatAmount(e.reported.value - e.recomputed, d + 1);
  const offEn = percent ? `${off} points` : `${off} units`;
  const offJa = percent ? `${off}ポイント` : `${off}`;
  if (rule.kind === "edition") {
    return {
      en: `English prints ${e.inputs[0].text}; Japanese prints ${e.reported.text}; ${formatAmount(e.gapUnits, 0)} unit(s) of the last digit apart.`,
      ja: `英文版 ${e.inputs[0].text}、和文版 ${e.reported.text}（末位 ${formatAmount(e.gapUnits, 0)} 単位の差）。`,
    };
  }
  const exact = formatAmount(e.recomputed, d + 1) + pct;
  const rounded = formatAmount(e.recomputed, d) + pct;
  const expr = (cells === undefined ? "" : `${cells.formula} = `) + expression(rule, e, rate);
  const what =
    rule.kind === "claim"
      ? `Claimed ${reported} (${rule.claim.section})`
      : cells === undefined
        ? `Reported ${reported}`
        : `${cells.target} reports ${reported}`;
  const whatJa =
    rule.kind === "claim"
      ? `本文の記載 ${reported}（${rule.claim.section}）`
      : cells === undefined
        ? `報告値 ${reported}`
        : `${cells.target} の報告値 ${reported}`;
  // The interval at a precision that shows its width (never "7.1446 to 7.1446%").
  const { lo, hi } = e.recomputedInterval;
  let places = d + 3;
  while (places < d + 8 && formatAmount(lo, places) === formatAmount(hi, places)) {
    places += 1;
  }
  const [loText, hiText] = [formatAmount(lo, places), formatAmount(hi, places)];
  const rangeEn = loText === hiText ? `exactly ${loText}${pct}` : `${loText} to ${hiText}${pct}`;
  const rangeJa = loText === hiText ? `${loText}${pct} ちょうど` : `${loText}〜${hiText}${pct}`;
  return {
    en: `${what}; ${expr} = ${exact} (${rounded}); off by ${offEn}; the amounts as rounded support ${rangeEn}.`,
    ja: `${whatJa}、${expr} = ${exact}（${rounded}）、差 ${offJa}。丸めを考慮した範囲 ${rangeJa}。`,
  };
}
