/** An argument of an IIJ formula: text, a number, a logical, or left out (`IIJ.VALUE("x",,)`). */
export type FormulaArgument = string | number | boolean | null;

/** A parsed `=IIJ.NAME(arg, …)` call, or what is wrong with the text. */
export type ParsedFormula =
  | { readonly ok: true; readonly name: string; readonly args: ReadonlyArray<FormulaArgument> }
  | { readonly ok: false; readonly message: string };

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

/**
 * Parses the one grammar the playground evaluates, `=IIJ.NAME(arg, …)` with text, number and
 * logical arguments: no cell references, no operators, nothing evaluated. Leftover text fails.
 *
 * @param text - the formula as typed
 * @returns the function name (upper case, without "IIJ.") and arguments, or a message
 * @example
 * parseFormula('=IIJ.EBITDA("4Q02")') //=> { ok: true, name: "EBITDA", args: ["4Q02"] }
 */
export function parseFormula(text: string): ParsedFormula {
  const head = /^\s*=?\s*IIJ\.([A-Z][A-Z0-9_]*)\s*\(/i.exec(text);
  if (head === null) {
    return { ok: false, message: 'Type a call such as =IIJ.EBITDA("4Q02").' };
  }
  const name = head[1].toUpperCase();
  let rest = skipSpace(text.slice(head[0].length));
  const args: FormulaArgument[] = [];
  if (rest.startsWith(")")) {
    rest = rest.slice(1);
  } else {
    for (;;) {
      const parsed = argument(rest);
      if (parsed === null) {
        return {
          ok: false,
          message: `Argument ${args.length + 1} of IIJ.${name} is not text in "quotes", a number, TRUE or FALSE.`,
        };
      }
      args.push(parsed.value);
      rest = skipSpace(parsed.rest);
      if (rest.startsWith(",")) {
        rest = rest.slice(1);
        continue;
      }
      if (rest.startsWith(")")) {
        rest = rest.slice(1);
        break;
      }
      return {
        ok: false,
        message: `Expected "," or ")" after argument ${args.length} of IIJ.${name}.`,
      };
    }
  }
  if (skipSpace(rest) !== "") {
    return {
      ok: false,
      message: `Unexpected text after the closing ")": ${skipSpace(rest).slice(0, 20)}`,
    };
  }
  if (args.length === 1 && args[0] === null) {
    return { ok: true, name, args: [] };
  }
  return { ok: true, name, args };
}
