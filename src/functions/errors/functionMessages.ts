import type { HelpLanguage } from "../docs/referencePages";
import type { FunctionError, OfferedValue } from "./FunctionError";

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
