import type { FormulaProblem } from "./FormulaProblem";
import { normalizeFormula } from "./normalizeFormula";

/** An argument of an IIJ formula: text, a number, a logical, or left out (`IIJ.VALUE("x",,)`). */
export type FormulaArgument = string | number | boolean | null;

/**
 * A parsed `=IIJ.NAME(arg, …)` call, or what is wrong with the text. `readAs` is the formula in
 * Excel's punctuation when the typed one had curly quotes or full-width characters, else null.
 */
export type ParsedFormula =
  | {
      readonly ok: true;
      readonly name: string;
      readonly args: ReadonlyArray<FormulaArgument>;
      readonly readAs: string | null;
    }
  | { readonly ok: false; readonly problem: FormulaProblem; readonly readAs: string | null };

type Parsed<T> = { readonly value: T; readonly rest: string } | null;

const skipSpace = (text: string): string => text.replace(/^\s+/, "");

function stringLiteral(text: string): Parsed<string> {
  if (!text.startsWith('"')) {
    return null;
  }
  let value = "";
  let i = 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, rest: text.slice(i + 1) };
    }
    value += text[i];
    i += 1;
  }
  return null;
}

function numberLiteral(text: string): Parsed<number> {
  const match = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?/i.exec(text);
  return match === null ? null : { value: Number(match[0]), rest: text.slice(match[0].length) };
}

function logicalLiteral(text: string): Parsed<boolean> {
  const match = /^(TRUE|FALSE)\b/i.exec(text);
  return match === null
    ? null
    : { value: match[1].toUpperCase() === "TRUE", rest: text.slice(match[0].length) };
}

function argument(text: string): Parsed<FormulaArgument> {
  const t = skipSpace(text);
  if (t.startsWith(",") || t.startsWith(")")) {
    return { value: null, rest: t };
  }
  return stringLiteral(t) ?? numberLiteral(t) ?? logicalLiteral(t);
}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const SHEET = String.raw`(?:'[^']+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
/** `A1`, `$B$2`, `A1:C3`, `Sheet1!B2`, `'My sheet'!A:A`, `1:3`: what Excel reads as cells. */
const CELL_REFERENCE = new RegExp(
  String.raw`^(?:${SHEET})?(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$`,
  "u"
);
/** Text between single quotes or Japanese corner brackets, not a sheet name before "!". */
const OTHER_QUOTES = /^(?:'([^']*)'|「([^」]*)」|『([^』]*)』)$/u;
const BARE_WORD = /^[\p{L}\p{N}_.\- ]+$/u;

/** An argument's raw text, from its start to the next "," or ")" outside quotes. */
function rawArgument(text: string): string {
  const match = /^(?:'[^']*'|「[^」]*」|『[^』]*』|[^,()'「『])*/u.exec(skipSpace(text));
  return (match?.[0] ?? "").trim();
}

/** Names what an argument that is not a literal looks like, when it looks like something. */
function classify(rest: string, name: string, argumentNumber: number): FormulaProblem | null {
  const raw = rawArgument(rest);
  if (skipSpace(rest).slice(raw.length).trimStart().startsWith("(")) {
    return null; // a nested call: not a literal
  }
  if (CELL_REFERENCE.test(raw)) {
    return { kind: "cellReference", name, argument: argumentNumber, reference: raw };
  }
  const quoted = OTHER_QUOTES.exec(raw);
  if (quoted !== null) {
    const text = quoted[1] ?? quoted[2] ?? quoted[3] ?? "";
    return { kind: "otherQuotes", name, argument: argumentNumber, text };
  }
  if (BARE_WORD.test(raw) && !/^[-+.\d]+$/.test(raw)) {
    return { kind: "unquotedText", name, argument: argumentNumber, text: raw };
  }
  return null;
}

function parseNormalized(text: string): { name: string; args: FormulaArgument[] } | FormulaProblem {
  const head = /^\s*=?\s*IIJ\.([A-Z][A-Z0-9_]*)\s*\(/i.exec(text);
  if (head === null) {
    return { kind: "notACall" };
  }
  const name = head[1].toUpperCase();
  let rest = skipSpace(text.slice(head[0].length));
  const args: FormulaArgument[] = [];
  if (rest.startsWith(")")) {
    rest = rest.slice(1);
  } else {
    for (;;) {
      const argumentNumber = args.length + 1;
      if (skipSpace(rest) === "") {
        return { kind: "unclosedCall", name };
      }
      const parsed = argument(rest);
      if (parsed === null) {
        const unclosed = skipSpace(rest).startsWith('"');
        return unclosed
          ? { kind: "unclosedText", name, argument: argumentNumber }
          : (classify(rest, name, argumentNumber) ?? {
              kind: "notALiteral",
              name,
              argument: argumentNumber,
            });
      }
      const after = skipSpace(parsed.rest);
      if (!after.startsWith(",") && !after.startsWith(")")) {
        // `4Q02` reads as the number 4 then "Q02": name the whole argument instead, unless the
        // argument is the literal alone (`TRUE` at the end of an unclosed call).
        const literal = skipSpace(rest).slice(0, skipSpace(rest).length - parsed.rest.length);
        const named =
          rawArgument(rest) === literal.trim() ? null : classify(rest, name, argumentNumber);
        if (named !== null) {
          return named;
        }
        if (after === "") {
          return { kind: "unclosedCall", name };
        }
        const kind = /^[-+*/^&=<>%:]/.test(after) ? "notALiteral" : "expectedSeparator";
        return { kind, name, argument: argumentNumber };
      }
      args.push(parsed.value);
      rest = after.slice(1);
      if (after.startsWith(")")) {
        break;
      }
    }
  }
  if (skipSpace(rest) !== "") {
    return { kind: "leftover", text: skipSpace(rest).slice(0, 20) };
  }
  return { name, args: args.length === 1 && args[0] === null ? [] : args };
}

/**
 * Parses the one grammar the playground evaluates, `=IIJ.NAME(arg, …)` with text, number and
 * logical arguments: no cell references, no operators, nothing evaluated. Leftover text fails.
 * Curly quotes and full-width punctuation from a Japanese IME are read as Excel's own
 * (normalizeFormula); what cannot be read is named as a problem the pane words.
 *
 * @param text - the formula as typed
 * @returns the function name (upper case, without "IIJ.") and arguments, or the problem
 * @example
 * parseFormula('=IIJ.EBITDA("4Q02")') //=> { ok: true, name: "EBITDA", args: ["4Q02"], readAs: null }
 */
export function parseFormula(text: string): ParsedFormula {
  const normalized = normalizeFormula(text);
  const readAs = normalized === text ? null : normalized.trim();
  const parsed = parseNormalized(normalized);
  return "kind" in parsed
    ? { ok: false, problem: parsed, readAs }
    : { ok: true, name: parsed.name, args: parsed.args, readAs };
}
