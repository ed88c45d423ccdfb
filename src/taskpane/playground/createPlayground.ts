import { functionMessage } from "../../functions/errors/functionMessages";
import { type FunctionResult, fitMessage } from "../../functions/pure/FunctionResult";
import type { Playground, PlaygroundResult } from "../services/Playground";
import { type FormulaArgument, parseFormula } from "./parseFormula";

/** A worksheet function's core, called with the playground's parsed arguments (null: left out). */
export type PlaygroundFunction = (args: ReadonlyArray<FormulaArgument>) => FunctionResult<unknown>;

const EXCEL_ERRORS = { invalidValue: "#VALUE!", notAvailable: "#N/A" } as const;

function showCell(value: unknown): string {
  if (typeof value === "number") {
    // Excel's General format shows up to 10 significant digits in a cell wide enough.
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  if (typeof value === "boolean") {
    return value ? "TRUE" : "FALSE";
  }
  return value === null || value === undefined ? "" : String(value);
}

function show(value: unknown): PlaygroundResult {
  if (Array.isArray(value)) {
    const rows = value.map((row: unknown) =>
      Array.isArray(row) ? row.map(showCell) : [showCell(row)]
    );
    return { ok: true, display: rows.map((r) => r.join("\t")).join("\n"), rows };
  }
  const cell = showCell(value);
  return { ok: true, display: cell, rows: [[cell]] };
}

/**
 * A playground over a registry of the IIJ functions' cores: parses the formula (nothing else is
 * evaluated), calls the named function, and shows its value or its error as Excel would.
 *
 * @param registry - function name (upper case, without "IIJ.") → its core
 * @returns the playground
 * @example
 * createPlayground({ EBITDA: coreEbitda }).evaluate('=IIJ.EBITDA("4Q02")') //=> { ok: true, display: "459", rows: [["459"]] }
 */
export function createPlayground(
  registry: Readonly<Record<string, PlaygroundFunction>>
): Playground {
  return {
    evaluate: (formula, language = "en") => {
      const parsed = parseFormula(formula);
      if (!parsed.ok) {
        return parsed;
      }
      const fn = Object.prototype.hasOwnProperty.call(registry, parsed.name)
        ? registry[parsed.name]
        : undefined;
      if (fn === undefined) {
        const names = Object.keys(registry)
          .map((n) => `IIJ.${n}`)
          .join(", ");
        return {
          ok: false,
          message: `#NAME? IIJ.${parsed.name} is not a function. Functions: ${names}.`,
        };
      }
      try {
        const result = fn(parsed.args);
        return result.ok
          ? show(result.value)
          : {
              ok: false,
              message: `${EXCEL_ERRORS[result.code]} ${fitMessage(functionMessage(result.error, language))}`,
            };
      } catch (e: unknown) {
        // The functions promise never to throw; if one does, the playground still answers.
        return { ok: false, message: `#VALUE! ${e instanceof Error ? e.message : String(e)}` };
      }
    },
  };
}
