/** Double quotation marks other than Excel's `"` that a keyboard or an IME produces. */
const DOUBLE_QUOTES = new Set(["“", "”", "„", "‟", "〝", "〞", "〟", "＂"]);

/** Outside text: characters a Japanese IME (or a word processor) types for Excel's own. */
const OUTSIDE_TEXT: Readonly<Record<string, string>> = {
  "\u3000": " ",
  "、": ",",
  "。": ".",
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "–": "-",
  ー: "-",
  ｰ: "-",
};

function outsideText(c: string): string {
  const code = c.charCodeAt(0);
  // Full-width ASCII (＝ （ ） ， ． Ａ １ …) is ASCII shifted by 0xFEE0.
  if (code >= 0xff01 && code <= 0xff5e) {
    return String.fromCharCode(code - 0xfee0);
  }
  return OUTSIDE_TEXT[c] ?? c;
}

/**
 * Rewrites a formula typed with a Japanese IME or curly quotes into Excel's ASCII punctuation:
 * outside text, full-width characters (`＝ （ ） ，`), `、` and `ー` become `= ( ) ,` and `-`;
 * text opened by a curly or full-width double quote (`“4Q02”`, `＂4Q02＂`) becomes `"4Q02"`.
 * What is inside text is kept as typed. Single quotes stay single (the parser names them: they
 * are not Excel's text quotes).
 *
 * @param text - the formula as typed
 * @returns the same formula in Excel's punctuation (the text itself when nothing changed)
 * @example
 * normalizeFormula("＝IIJ.EBITDA（“4Q02”）") //=> '=IIJ.EBITDA("4Q02")'
 */
export function normalizeFormula(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '"' && !DOUBLE_QUOTES.has(c)) {
      out += outsideText(c);
      i += 1;
      continue;
    }
    // Text: Excel's own ends at a single `"` ("" is a quote inside); curly text at a curly quote.
    const curly = c !== '"';
    let j = i + 1;
    let value = "";
    let closed = false;
    while (j < text.length) {
      const d = text[j];
      if (d === '"' && !curly && text[j + 1] === '"') {
        value += '"';
        j += 2;
      } else if (curly ? DOUBLE_QUOTES.has(d) : d === '"') {
        closed = true;
        j += 1;
        break;
      } else {
        value += d;
        j += 1;
      }
    }
    out += `"${value.replace(/"/g, '""')}${closed ? '"' : ""}`;
    i = j;
  }
  return out;
}
