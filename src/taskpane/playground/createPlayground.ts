import type { Localized } from "../../core/model/Edition";
import { normalizeName } from "../../core/model/normalizeName";
import { functionMessage } from "../../functions/errors/functionMessages";
import { type FunctionResult, fitMessage } from "../../functions/pure/FunctionResult";
import type { UiLanguage } from "../i18n/Strings";
import type { Playground, PlaygroundCell, PlaygroundResult } from "../services/Playground";
import { type FormulaArgument, parseFormula } from "./parseFormula";

/** A worksheet function's core, called with the playground's parsed arguments (null: left out). */
export type PlaygroundFunction = (args: ReadonlyArray<FormulaArgument>) => FunctionResult<unknown>;

/** An item's names a user may type: its labels and aliases. */
export type PlaygroundItem = { readonly label: Localized; readonly aliases: ReadonlyArray<string> };

const EXCEL_ERRORS = { invalidValue: "#VALUE!", notAvailable: "#N/A" } as const;

function cell(value: unknown): PlaygroundCell {
  if (typeof value === "number") {
    // Excel's General format shows up to 10 significant digits in a cell wide enough.
    const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
    return { text, kind: "number" };
  }
  if (typeof value === "boolean") {
    return { text: value ? "TRUE" : "FALSE", kind: "logical" };
  }
  if (value === null || value === undefined || value === "") {
    return { text: "", kind: "empty" };
  }
  return { text: String(value), kind: "text" };
}

function spill(value: unknown, readAs: string | null): PlaygroundResult {
  const rows = Array.isArray(value)
    ? value.map((row: unknown) => (Array.isArray(row) ? row.map(cell) : [cell(row)]))
    : [[cell(value)]];
  const display = rows.map((row) => row.map((c) => c.text).join("\t")).join("\n");
  return { ok: true, rows, display, readAs };
}

function suggester(
  items: ReadonlyArray<PlaygroundItem>
): (typed: string, language: UiLanguage, limit: number) => ReadonlyArray<string> {
  return (typed, language, limit) => {
    const key = normalizeName(typed);
    if (key === "") {
      return [];
    }
    const other: UiLanguage = language === "ja" ? "en" : "ja";
    // The label in the pane's language when it matches, else the one that does: a label, never an id.
    const names = items.flatMap((item) => {
      const found = [item.label[language], item.label[other], ...item.aliases].find(
        (name) => name !== undefined && normalizeName(name).includes(key)
      );
      return found === undefined ? [] : [found];
    });
    const unique = names.filter((n, i) => names.indexOf(n) === i);
    const starts = unique.filter((n) => normalizeName(n).startsWith(key));
    return [...starts, ...unique.filter((n) => !starts.includes(n))].slice(0, limit);
  };
}

/**
 * A playground over a registry of the IIJ functions' cores: parses the formula (nothing else is
 * evaluated), calls the named function, and gives its value as Excel would spill it, or its
 * error as data for the pane to word. Suggests item names from `items` as labels.
 *
 * @param registry - function name (upper case, without "IIJ.") → its core
 * @param items - the items whose names it suggests
 * @returns the playground
 * @example
 * createPlayground({ EBITDA: coreEbitda }).evaluate('=IIJ.EBITDA("4Q02")').ok //=> true
 */
export function createPlayground(
  registry: Readonly<Record<string, PlaygroundFunction>>,
  items: ReadonlyArray<PlaygroundItem> = []
): Playground {
  return {
    evaluate: (formula, language = "en") => {
      const parsed = parseFormula(formula);
      const readAs = parsed.readAs;
      if (!parsed.ok) {
        return { ok: false, error: { kind: "formula", problem: parsed.problem }, readAs };
      }
      const fn = Object.prototype.hasOwnProperty.call(registry, parsed.name)
        ? registry[parsed.name]
        : undefined;
      if (fn === undefined) {
        const names = Object.keys(registry).map((n) => `IIJ.${n}`);
        return { ok: false, error: { kind: "unknownFunction", name: parsed.name, names }, readAs };
      }
      try {
        const result = fn(parsed.args);
        return result.ok
          ? spill(result.value, readAs)
          : {
              ok: false,
              error: {
                kind: "function",
                excelError: EXCEL_ERRORS[result.code],
                message: fitMessage(functionMessage(result.error, language)),
              },
              readAs,
            };
      } catch (e: unknown) {
        // The functions promise never to throw; if one does, the playground still answers.
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, error: { kind: "function", excelError: "#VALUE!", message }, readAs };
      }
    },
    suggestItems: suggester(items),
  };
}
