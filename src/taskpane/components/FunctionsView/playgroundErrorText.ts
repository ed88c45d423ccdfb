import type { FormulaProblem } from "../../playground/FormulaProblem";
import type { Strings } from "../../i18n/Strings";
import type { PlaygroundError } from "../../services/Playground";

/**
 * A playground error in the pane's language: the formula's problems and an unknown name from
 * the strings, a function's own error as Excel's code and the message its registry gave.
 *
 * @param error - the playground's error
 * @param t - the pane's strings
 * @returns the message
 * @example
 * // In English, for =IIJ.USD(A1): "Argument 1 of IIJ.USD, A1, is a cell reference: …"
 * playgroundErrorText(result.error, t);
 */
export function playgroundErrorText(error: PlaygroundError, t: Strings): string {
  switch (error.kind) {
    case "formula": {
      // The mapped type pairs each kind with its own text; TypeScript cannot follow the pairing here.
      const text = t.functions.problems[error.problem.kind] as (problem: FormulaProblem) => string;
      return text(error.problem);
    }
    case "unknownFunction":
      return t.functions.unknownFunction(error.name, error.names.join(", "));
    case "function":
      return `${error.excelError} ${error.message}`;
  }
}
