import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import { errorText } from "../../i18n/errorText";
import { openTextArgument } from "../../playground/openTextArgument";
import type { Playground, PlaygroundResult } from "../../services/Playground";
import type { FunctionsViewProps } from "./FunctionsView.types";
import { isItemArgument } from "./isItemArgument";

/** An item name the playground offers for the text being typed, and the formula it completes. */
export type ItemSuggestion = { readonly label: string; readonly formula: string };

/** FunctionsView's state: insert (Excel) or try (preview), the playground, messages. */
export type FunctionsViewState = {
  /** "excel": Insert writes the example into the selected cell; "preview": it tries it here. */
  readonly insertMode: "excel" | "preview";
  readonly insert: (formula: string) => Promise<void>;
  readonly formula: string;
  readonly setFormula: (formula: string) => void;
  readonly formulaRef: React.RefObject<HTMLInputElement | null>;
  readonly evaluate: () => Promise<void>;
  /** The formula the result answers, as evaluated. */
  readonly evaluated: string;
  readonly result: PlaygroundResult | null;
  readonly suggestions: ReadonlyArray<ItemSuggestion>;
  readonly notice: string | null;
  readonly error: string | null;
  readonly dismissError: () => void;
};

const MAX_SUGGESTIONS = 6;

/**
 * FunctionsView's state. Insert puts an example into the selected cell through Excel's actions,
 * or in the preview into the playground, evaluated; the playground evaluates one IIJ formula
 * with the functions' core (loaded on demand) and suggests item names while one is typed.
 *
 * @param props - the App's view props
 * @returns the state
 * @example
 * const state = useFunctionsView(props); state.setFormula('=IIJ.EBITDA("4Q02")');
 */
export function useFunctionsView(props: FunctionsViewProps): FunctionsViewState {
  const { host } = props;
  const t = useStrings();
  const [formula, setFormulaState] = React.useState('=IIJ.EBITDA("4Q02")');
  const [evaluated, setEvaluated] = React.useState("");
  const [result, setResult] = React.useState<PlaygroundResult | null>(null);
  const [loaded, setLoaded] = React.useState<Playground | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const formulaRef = React.useRef<HTMLInputElement | null>(null);

  const load = async (): Promise<Playground | null> => {
    try {
      const playground = loaded ?? (await host.services.playground());
      setLoaded(playground);
      return playground;
    } catch (e: unknown) {
      setError(t.errors.module(e instanceof Error ? e.message : String(e)));
      return null;
    }
  };

  const evaluateFormula = async (text: string): Promise<void> => {
    setError(null);
    const playground = await load();
    if (playground !== null) {
      setEvaluated(text);
      setResult(playground.evaluate(text, t.language));
    }
  };

  const setFormula = (text: string): void => {
    setFormulaState(text);
    // Suggestions need the release's items: fetch the playground's chunk while the user types.
    if (loaded === null && openTextArgument(text) !== null) {
      void load();
    }
  };

  const insert = async (example: string): Promise<void> => {
    setError(null);
    setNotice(null);
    if (host.kind !== "excel") {
      setFormulaState(example);
      formulaRef.current?.focus();
      await evaluateFormula(example);
      return;
    }
    try {
      const actions = await host.services.workbookActions();
      await actions.insertFormula(example);
      setNotice(t.functions.inserted(example));
    } catch (e: unknown) {
      setError(t.errors.insert(errorText(e, t)));
    }
  };

  const open = openTextArgument(formula);
  const suggestions: ReadonlyArray<ItemSuggestion> =
    loaded === null || open === null || !isItemArgument(open.name, open.argument)
      ? []
      : loaded
          .suggestItems(open.typed, t.language, MAX_SUGGESTIONS)
          .filter((label) => label !== open.typed)
          .map((label) => ({ label, formula: `${open.before}"${label.replace(/"/g, '""')}"` }));

  return {
    insertMode: host.kind === "excel" ? "excel" : "preview",
    insert,
    formula,
    setFormula,
    formulaRef,
    evaluate: () => evaluateFormula(formula),
    evaluated,
    result,
    suggestions,
    notice,
    error,
    dismissError: () => setError(null),
  };
}
