import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import { cellName } from "./cellName";
import type { Evaluation, InputFigure } from "./Evaluation";
import { SECTION_WORDS_JA, UNIT_WORDS, type Bilingual } from "./explainWords";
import { formatAmount } from "./formatAmount";
import { isPercentRule } from "./isPercentRule";
import type { Rule } from "./Rule";

type Checked = Extract<Evaluation, { status: "checked" }>;

/** Decimals of a figure as printed ("(10,164)" 0, "7.14" 2). */
function decimalsOf(text: string): number {
  return /\.(\d+)/.exec(text)?.[1].length ?? 0;
}

/** A figure with one sign convention: a minus sign, never parentheses. */
function signed(input: InputFigure): string {
  return formatAmount(input.value, decimalsOf(input.text));
}

/** The refs a rule's inputs were read from, in the order of `e.inputs`. */
function inputRefs(rule: Rule): ReadonlyArray<CellRef> {
  switch (rule.kind) {
    case "share":
      return [rule.numerator, rule.denominator];
    case "change":
      return [rule.current, rule.prior];
    case "translation":
      return [rule.jpy];
    case "footing":
    case "reconciliation":
      return rule.terms.map((term) => term.ref);
    case "claim": {
      const f = rule.claim.formula;
      return f.kind === "change"
        ? [f.current, f.base]
        : f.kind === "share"
          ? [f.numerator, f.denominator]
          : [f.revenue, f.cost];
    }
    case "edition":
      return [rule.target];
  }
}

function expression(rule: Rule, t: ReadonlyArray<string>, rate: string): string {
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

/** What a claim says, in the project's own words: the section, the subject and the figure. */
function claimWords(
  rule: Extract<Rule, { kind: "claim" }>,
  subject: Bilingual,
  claimed: string
): Bilingual {
  const c = rule.claim;
  const sectionJa = SECTION_WORDS_JA[c.section];
  const where = {
    en: `The text under "${c.section}" gives`,
    ja: sectionJa === undefined ? "本文では" : `本文の「${sectionJa}」では`,
  };
  switch (c.formula.kind) {
    case "change":
      return {
        en: `${where.en} the change in ${subject.en} from ${c.basePeriod ?? "?"} to ${c.period} as ${claimed}`,
        ja: `${where.ja}${subject.ja}の${c.basePeriod ?? "?"}から${c.period}への増減率を ${claimed} としている`,
      };
    case "share":
      return {
        en: `${where.en} ${subject.en} in ${c.period} as ${claimed} of its total`,
        ja: `${where.ja}${c.period}の${subject.ja}の構成比を ${claimed} としている`,
      };
    case "margin":
      return {
        en: `${where.en} the margin of ${subject.en} in ${c.period} as ${claimed}`,
        ja: `${where.ja}${c.period}の${subject.ja}の利益率を ${claimed} としている`,
      };
  }
}

/**
 * The finding in words an auditor can paste into a review note, in English and Japanese: the
 * figure by its label, period and unit; each input by its label and period; the computation;
 * how far the printed figure is from it (above or below, never a second sign style); the range
 * the rounded amounts allow, at a precision that shows its width; and where minor ends and
 * major begins. A claim says in the project's own words what the text states.
 *
 * @param rule - the rule that found it
 * @param e - the evaluation
 * @param rate - the convenience-translation rate (yen per dollar), for translations
 * @param cells - for a table whose arithmetic was inferred, the reported cell and its formula in
 *   A1 terms ("C12", "B12 ÷ B$30"), which the sentence then names
 * @param index - the dataset, to name each figure by its label, period and unit
 * @returns the explanation in both languages
 * @example
 * explainFinding(shareRule, evaluation, 118.07, undefined, index).en
 * //=> "Value-added services (4Q02): printed 7.2%. Value-added services (4Q02, JPY thousands) 931,399 ÷ …"
 */
export function explainFinding(
  rule: Rule,
  e: Checked,
  rate: number,
  cells?: { readonly target: string; readonly formula: string },
  index?: DatasetIndex
): Bilingual {
  const d = e.reported.decimals;
  const percent = isPercentRule(rule);
  const pct = percent ? "%" : "";
  const target = cells === undefined ? cellName(index, rule.target) : null;
  const unit = target?.unit ?? null;
  const unitWord: Bilingual = percent
    ? { en: " points", ja: "ポイント" }
    : unit === null
      ? { en: "", ja: "" }
      : { en: ` ${UNIT_WORDS[unit].en}`, ja: UNIT_WORDS[unit].ja };
  const step = formatAmount(10 ** -d, d);
  const threshold: Bilingual = {
    en: `Minor while the printed figure is less than ${step}${unitWord.en} (one unit of its last digit) outside that range, major from ${step}${unitWord.en}.`,
    ja: `範囲外への差が ${step}${unitWord.ja}（末位の1単位）未満なら軽微、${step}${unitWord.ja} 以上なら重大。`,
  };
  const reported = formatAmount(e.reported.value, d) + pct;
  if (rule.kind === "edition") {
    const cell = cellName(index, rule.target);
    const name = cell?.name ?? { en: "The figure", ja: "この数値" };
    const unitPct = cell?.unit === "percent" ? "%" : "";
    const en = formatAmount(e.inputs[0].value, d) + unitPct;
    const ja = formatAmount(e.reported.value, d) + unitPct;
    const apart = formatAmount(e.gapUnits, 0);
    return {
      en: `${name.en}: the English edition prints ${en}, the Japanese ${ja}; ${apart} apart in the last printed digit. Minor at one unit apart, major beyond.`,
      ja: `${name.ja}：英文版 ${en}、和文版 ${ja}。末位で ${apart} 単位の差。1単位の差なら軽微、それを超えると重大。`,
    };
  }
  const refs = inputRefs(rule);
  const names = e.inputs.map((input, i) => {
    const ref = refs[i];
    const n = cells === undefined && ref !== undefined ? cellName(index, ref) : null;
    const value = signed(input);
    return n === null
      ? { en: value, ja: value }
      : { en: `${n.name.en} ${value}`, ja: `${n.name.ja} ${value}` };
  });
  const rateText = formatAmount(rate, decimalsOf(String(rate)));
  const expr = {
    en:
      (cells === undefined ? "" : `${cells.formula} = `) +
      expression(
        rule,
        names.map((n) => n.en),
        rateText
      ),
    ja:
      (cells === undefined ? "" : `${cells.formula} = `) +
      expression(
        rule,
        names.map((n) => n.ja),
        rateText
      ),
  };
  const rateNote: Bilingual =
    rule.kind === "translation"
      ? {
          en: ` at the rate of ¥${rateText} per $ (1 USD = ¥${rateText})`,
          ja: `（1米ドル = ${rateText}円の換算レート）`,
        }
      : { en: "", ja: "" };
  const exact = formatAmount(e.recomputed, d + 1) + pct;
  const rounded = formatAmount(e.recomputed, d) + pct;
  const subject = target?.name ?? { en: "The figure", ja: "この数値" };
  const what: Bilingual =
    rule.kind === "claim"
      ? claimWords(
          rule,
          cellName(index, refs[0])?.label ?? { en: rule.claim.subject, ja: rule.claim.subject },
          reported
        )
      : cells === undefined
        ? { en: `${subject.en}: printed ${reported}`, ja: `${subject.ja}：記載値 ${reported}` }
        : {
            en: `${cells.target} prints ${reported}`,
            ja: `${cells.target} の記載値 ${reported}`,
          };
  const off = e.reported.value - e.recomputed;
  const offText = formatAmount(Math.abs(off), d + 1);
  // The interval at a precision that shows its width (never "7.1446 to 7.1446%").
  const { lo, hi } = e.recomputedInterval;
  let places = d + 3;
  while (places < d + 8 && formatAmount(lo, places) === formatAmount(hi, places)) {
    places += 1;
  }
  const [loText, hiText] = [formatAmount(lo, places) + pct, formatAmount(hi, places) + pct];
  const range: Bilingual =
    loText === hiText
      ? { en: `exactly ${loText}`, ja: `ちょうど ${loText}` }
      : { en: `${loText} to ${hiText}`, ja: `${loText}〜${hiText}` };
  return {
    en: `${what.en}. ${expr.en}${rateNote.en} = ${exact}, rounded ${rounded}; the ${rule.kind === "claim" ? "stated" : "printed"} figure is ${offText}${unitWord.en} ${off > 0 ? "above" : "below"} it. The amounts as rounded allow ${range.en}. ${threshold.en}`,
    ja: `${what.ja}。${expr.ja}${rateNote.ja} = ${exact}（丸めて ${rounded}）、${rule.kind === "claim" ? "記載の数値" : "記載値"}はこれより ${offText}${unitWord.ja}${off > 0 ? "大きい" : "小さい"}。丸めを考慮した範囲は ${range.ja}。${threshold.ja}`,
  };
}
