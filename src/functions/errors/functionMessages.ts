import { explainNotCheckable } from "../../core/checks/explainNotCheckable";
import type { HelpLanguage } from "../docs/referencePages";
import type { Localized } from "../../core/model/Edition";
import type { PeriodProblem } from "../../core/periods/parsePeriod";
import type { FunctionError, NamedItem, OfferedValue } from "./FunctionError";

type Words = (error: never) => string;
type Catalogue = {
  readonly [K in FunctionError["kind"]]: {
    readonly [L in HelpLanguage]: (error: Extract<FunctionError, { kind: K }>) => string;
  };
};

const UNITS = "JPY, JPY thousands (K, 千円), JPY millions (M, 百万円), USD, USD thousands";

/**
 * How a message names a value a parameter cannot take.
 *
 * @param value - the value, as data
 * @param language - the message's language
 * @returns the words
 * @example
 * offered({ kind: "error", code: "#N/A" }, "en") //=> "the error #N/A"
 */
export function offered(value: OfferedValue, language: HelpLanguage): string {
  switch (value.kind) {
    case "error":
      return language === "en" ? `the error ${value.code}` : `エラー ${value.code}`;
    case "boolean":
      return "TRUE/FALSE";
    case "unreadable":
      return language === "en" ? "a value Excel cannot pass as text" : "文字列にできない値";
    case "value":
      return `'${value.text}'`;
  }
}

function takes(e: Extract<FunctionError, { kind: "argumentCount" }>): string {
  const { least, most } = e;
  return most === 0
    ? "no arguments"
    : least === most
      ? `${most} argument${most === 1 ? "" : "s"}`
      : `${least} to ${most} arguments`;
}

/** A label in a language: the Japanese label where the release prints one, else the English. */
function inLanguage(text: Localized, language: HelpLanguage): string {
  return language === "ja" ? (text.ja ?? text.en) : text.en;
}

/** Items by their labels in a language, each label once. */
function labels(items: ReadonlyArray<NamedItem>, language: HelpLanguage): string {
  const names = items.map((i) => inLanguage(i.label, language));
  return names.filter((n, i) => names.indexOf(n) === i).join(language === "ja" ? "、" : ", ");
}

/** Why a text is not a period, as a sentence after "Unknown period" ("" when it says nothing more). */
function periodHint(problem: PeriodProblem | undefined, language: HelpLanguage): string {
  const en = language === "en";
  switch (problem?.kind) {
    case undefined:
    case "notPeriod":
      return "";
    case "empty":
      return en ? " The period is empty." : "期間が空です。";
    case "notDate":
      return en ? " It is not a date of the calendar." : "暦にない日付です。";
    case "needsYear":
      return en
        ? " It needs a fiscal year, as in 4Q02 or Q4 FY2002."
        : "会計年度を付けてください（例：4Q02、Q4 FY2002）。";
    case "calendarQuarter":
      return en
        ? ` It reads as a calendar quarter. IIJ's fiscal year N runs April N to March N+1: calendar ${problem.calendar} is ${problem.fiscal}.`
        : `暦年の四半期と読めます。IIJ の会計年度は 4 月から翌年 3 月までで、暦年の ${problem.calendar} は ${problem.fiscal} です。`;
  }
}

/** Every kind of function error, worded in each language. */
const MESSAGES: Catalogue = {
  missing: {
    en: (e) => `The ${e.what} is missing.`,
    ja: (e) => `${e.what} を指定してください。`,
  },
  notText: {
    en: (e) => `The ${e.what} must be text, not ${offered(e.value, "en")}.`,
    ja: (e) => `${e.what} は文字列で指定してください（${offered(e.value, "ja")} は使えません）。`,
  },
  notNumber: {
    en: (e) => `The ${e.what} must be a number, not ${offered(e.value, "en")}.`,
    ja: (e) => `${e.what} は数値で指定してください（${offered(e.value, "ja")} は使えません）。`,
  },
  severalCells: {
    en: (e) => `The ${e.what} must be one value, not a range of several cells.`,
    ja: (e) => `${e.what} は 1 つの値で指定してください（複数セルの範囲は使えません）。`,
  },
  tooLong: {
    en: (e) => `The ${e.what} is too long (${e.length} characters).`,
    ja: (e) => `${e.what} が長すぎます（${e.length} 文字）。`,
  },
  argumentCount: {
    en: (e) =>
      `${e.name} takes ${takes(e)}${e.most === 0 ? "" : ` (${e.parameters})`}, not ${e.given}.`,
    ja: (e) =>
      `${e.name} の引数は${e.least === e.most ? ` ${e.most} 個` : ` ${e.least}～${e.most} 個`}${e.most === 0 ? "" : `（${e.parameters}）`}です。${e.given} 個指定されています。`,
  },
  unknownUnit: {
    en: (e) => `Unknown unit '${e.text}'. Units: ${UNITS}.`,
    ja: (e) => `単位 '${e.text}' はありません。単位：${UNITS}。`,
  },
  unknownEdition: {
    en: (e) => `Unknown edition '${e.text}'. Editions: en (English), ja (Japanese).`,
    ja: (e) => `版 '${e.text}' はありません。版：en（英語版）、ja（日本語版）。`,
  },
  unknownCheckKind: {
    en: (e) => `Unknown kind '${e.text}'. Kinds: share, change.`,
    ja: (e) => `種類 '${e.text}' はありません。種類：share（構成比）、change（増減率）。`,
  },
  conversion: {
    en: ({ problem: p }) =>
      p.kind === "percentHasNoUnit"
        ? `${p.label} is a percentage; it has no amount in ${p.wanted}. Leave out the unit.`
        : p.kind === "notYen"
          ? `${p.label} is in ${p.unit}, not in yen: it has no dollar amount.`
          : `${p.label} is in ${p.unit}; it cannot be given in ${p.wanted}.`,
    ja: ({ problem: p }) =>
      p.kind === "percentHasNoUnit"
        ? `${p.label} は率なので ${p.wanted} の金額はありません。単位を省略してください。`
        : p.kind === "notYen"
          ? `${p.label} の単位は ${p.unit} で円ではないため、ドル金額はありません。`
          : `${p.label} の単位は ${p.unit} で、${p.wanted} では表せません。`,
  },
  unknownItem: {
    en: (e) =>
      `Unknown item '${e.name.slice(0, 60)}'.${
        e.among === "tables"
          ? ` Items: ${labels(e.suggestions, "en")}.`
          : e.suggestions.length > 0
            ? ` Did you mean: ${labels(e.suggestions, "en")}?`
            : " Use IIJ.ITEMS() for the list of items."
      }`,
    ja: (e) =>
      `項目 '${e.name.slice(0, 60)}' はありません。${
        e.among === "tables"
          ? `項目：${labels(e.suggestions, "ja")}。`
          : e.suggestions.length > 0
            ? `候補：${labels(e.suggestions, "ja")}。`
            : "項目の一覧は IIJ.ITEMS() で表示できます。"
      }`,
  },
  unknownPeriod: {
    en: (e) =>
      `Unknown period '${e.text.slice(0, 40)}'.${periodHint(e.problem, "en")} ${
        e.table === undefined ? "Periods" : `Periods of ${e.table}`
      }: ${e.periods.join(", ")}.`,
    ja: (e) =>
      `期間 '${e.text.slice(0, 40)}' はありません。${periodHint(e.problem, "ja")}${
        e.table === undefined ? "" : `${e.table} の`
      }期間：${e.periods.join("、")}。`,
  },
  noFigure: {
    en: (e) =>
      `${e.label.en} has no figure for ${e.period}${e.table === undefined ? "" : ` in ${e.table.en}`}.${
        e.periods === undefined ? "" : ` Periods: ${e.periods.join(", ")}.`
      }`,
    ja: (e) =>
      `${e.table === undefined ? "" : `${inLanguage(e.table, "ja")} の `}${inLanguage(e.label, "ja")} には ${e.period} の数値がありません。${
        e.periods === undefined ? "" : `期間：${e.periods.join("、")}。`
      }`,
  },
  noTablePeriod: {
    en: (e) =>
      `${e.table.en} has no figures for ${e.period}. Periods of ${e.tableId}: ${e.periods.join(", ")}.`,
    ja: (e) =>
      `${inLanguage(e.table, "ja")}（${e.tableId}）には ${e.period} の数値がありません。期間：${e.periods.join("、")}。`,
  },
  notPrinted: {
    en: (e) =>
      `The ${e.edition === "ja" ? "Japanese" : "English"} edition does not print ${e.table.en}.`,
    ja: (e) =>
      `${e.edition === "ja" ? "日本語版" : "英語版"}には ${inLanguage(e.table, "ja")} が掲載されていません。`,
  },
  unknownStatement: {
    en: (e) =>
      `Unknown statement '${e.text.slice(0, 40)}'. Statements: ${e.statements.join(", ")}.`,
    ja: (e) => `表 '${e.text.slice(0, 40)}' はありません。表：${e.statements.join("、")}。`,
  },
  severalTables: {
    en: (e) =>
      `'${e.text.slice(0, 40)}' names several tables: ${e.tables.join(", ")}. Name one of them.`,
    ja: (e) =>
      `'${e.text.slice(0, 40)}' は複数の表を指します（${e.tables.join("、")}）。どれか 1 つを指定してください。`,
  },
  severalItems: {
    en: (e) =>
      `'${e.text.slice(0, 40)}' names several items with different figures: ${e.choices
        .map((c) => `${c.item.id} (${c.value})`)
        .join(", ")}. Give one of these ids.`,
    ja: (e) =>
      `'${e.text.slice(0, 40)}' は数値の異なる複数の項目を指します：${e.choices
        .map((c) => `${inLanguage(c.item.label, "ja")}＝${c.item.id}（${c.value}）`)
        .join("、")}。いずれかの ID を指定してください。`,
  },
  unknownColumn: {
    en: (e) => `Unknown column '${e.text.slice(0, 40)}'. Columns: ${e.columns.join(", ")}.`,
    ja: (e) => `列 '${e.text.slice(0, 40)}' はありません。列：${e.columns.join("、")}。`,
  },
  incomparable: {
    en: ({ a, b }) =>
      `${a.label.en} is in ${a.unit} and ${b.label.en} in ${b.unit}: they cannot be divided.`,
    ja: ({ a, b }) =>
      `${inLanguage(a.label, "ja")} の単位は ${a.unit}、${inLanguage(b.label, "ja")} の単位は ${b.unit} で、割り算できません。`,
  },
  noBase: {
    en: (e) => `${e.label.en} has no total to be a share of: give a base item.`,
    ja: (e) =>
      `${inLanguage(e.label, "ja")} には構成比の基準になる合計がありません。基準の項目を指定してください。`,
  },
  zeroBase: {
    en: (e) =>
      `${e.label.en} is zero in ${e.period}: ${e.ratio === "share" ? "no share of it" : "no change from it"}.`,
    ja: (e) =>
      `${inLanguage(e.label, "ja")} は ${e.period} にゼロなので、${e.ratio === "share" ? "構成比" : "増減率"}はありません。`,
  },
  notYenAmount: {
    en: (e) =>
      `IIJ.USD translates yen: the unit must be JPY, JPY thousands or JPY millions, not ${e.unit}.`,
    ja: (e) =>
      `IIJ.USD は円を換算します。単位は JPY、JPY thousands（千円）、JPY millions（百万円）のいずれかで指定してください（${e.unit} は使えません）。`,
  },
  tooLarge: {
    en: (e) => `The amount ${e.amount} is too large to translate.`,
    ja: (e) => `金額 ${e.amount} は大きすぎて換算できません。`,
  },
  decimals: {
    en: (e) => `The decimals must be a whole number from 0 to ${e.most}, not ${e.given}.`,
    ja: (e) => `小数桁数は 0～${e.most} の整数で指定してください（${e.given} は使えません）。`,
  },
  notFinite: {
    en: (e) => `The reported percentage ${e.reported} is not a finite number.`,
    ja: (e) => `報告された率 ${e.reported} は有限の数値ではありません。`,
  },
  unreadablePercentage: {
    en: () => "The percentage could not be read.",
    ja: () => "率を読み取れませんでした。",
  },
  notCheckable: {
    en: (e) => `Not checkable: ${explainNotCheckable(e.reason).en}`,
    ja: (e) => `検証できません：${explainNotCheckable(e.reason).ja}`,
  },
  noCardFigure: {
    en: (e) =>
      e.periods.length === 0
        ? `${labels(e.items, "en")} has no ${e.column} figure in the '${e.edition}' edition.`
        : `${labels(e.items, "en")} has no ${e.column} figure for '${e.period}' in the '${e.edition}' edition. Periods with one: ${e.periods.join(", ")}.` +
          (e.columns.length > 0 ? ` For ${e.period} it has: ${e.columns.join(", ")}.` : ""),
    ja: (e) =>
      `${e.edition === "ja" ? "日本語版" : "英語版"}の ${labels(e.items, "ja")} には${
        e.periods.length === 0 ? "" : ` '${e.period}' の`
      } ${e.column} の数値がありません。${
        e.periods.length === 0 ? "" : `${e.column} のある期間：${e.periods.join("、")}。`
      }${e.columns.length > 0 && e.periods.length > 0 ? `${e.period} にある列：${e.columns.join("、")}。` : ""}`,
  },
  described: {
    en: (e) => e.text,
    ja: (e) => e.text,
  },
};

/**
 * A function error worded in a language: English for Excel's cell, Japanese for the pane's
 * playground when the pane is Japanese.
 *
 * @param error - the error's kind and parameters
 * @param language - the language to word it in
 * @returns the message
 * @example
 * functionMessage({ kind: "missing", what: "period" }, "ja") //=> "period を指定してください。"
 */
export function functionMessage(error: FunctionError, language: HelpLanguage): string {
  // Each entry takes its own kind; the lookup by error.kind pairs them.
  const word = MESSAGES[error.kind][language] as Words;
  return word(error as never);
}
