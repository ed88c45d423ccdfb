import { normalizeFormula } from "./normalizeFormula";

/** Text being typed inside a call: which function and argument, the text so far, what precedes it. */
export type OpenTextArgument = {
  /** The function's name, upper case, without "IIJ.". */
  readonly name: string;
  /** The argument's position, from 1. */
  readonly argument: number;
  /** The text typed so far after the opening quote. */
  readonly typed: string;
  /** The formula (in Excel's punctuation) up to the argument's opening quote. */
  readonly before: string;
};

/**
 * The text argument a formula ends inside, if it does: what the playground completes with an
 * item name. Curly quotes and full-width characters are read as in parseFormula.
 *
 * @param text - the formula as typed so far
 * @returns the open argument, or null when the formula does not end inside text
 * @example
 * openTextArgument('=IIJ.VALUE("営業') //=> { name: "VALUE", argument: 1, typed: "営業", before: "=IIJ.VALUE(" }
 */
export function openTextArgument(text: string): OpenTextArgument | null {
  const normalized = normalizeFormula(text);
  const head = /^\s*=?\s*IIJ\.([A-Z][A-Z0-9_]*)\s*\(/i.exec(normalized);
  if (head === null) {
    return null;
  }
  let argument = 1;
  let opened = -1;
  for (let i = head[0].length; i < normalized.length; i += 1) {
    const c = normalized[i];
    if (opened >= 0) {
      if (c === '"' && normalized[i + 1] === '"') {
        i += 1;
      } else if (c === '"') {
        opened = -1;
      }
    } else if (c === '"') {
      opened = i;
    } else if (c === ",") {
      argument += 1;
    } else if (c === ")") {
      return null;
    }
  }
  return opened < 0
    ? null
    : {
        name: head[1].toUpperCase(),
        argument,
        typed: normalized.slice(opened + 1).replace(/""/g, '"'),
        before: normalized.slice(0, opened),
      };
}
