import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { Playground, PlaygroundResult } from "../../services/Playground";
import type { FunctionsViewProps } from "./FunctionsView.types";

/** FunctionsView's state: insert (Excel), the playground's formula and answer, messages. */
export type FunctionsViewState = {
  readonly insertUnavailable: string | null;
  readonly insert: (formula: string) => Promise<void>;
  readonly formula: string;
  readonly setFormula: (formula: string) => void;
  readonly evaluate: () => Promise<void>;
  readonly result: PlaygroundResult | null;
  readonly notice: string | null;
  readonly error: string | null;
  readonly dismissError: () => void;
};

/**
 * FunctionsView's state. Insert puts an example into the selected cell through Excel's actions;
 * the playground evaluates one IIJ formula with the functions' core (loaded on demand).
 *
 * @param props - the App's view props
 * @returns the state
 * @example
 * const state = useFunctionsView(props); state.setFormula('=IIJ.EBITDA("4Q02")');
 */
export function useFunctionsView(props: FunctionsViewProps): FunctionsViewState {
  const { host } = props;
  const t = useStrings();
  const [formula, setFormula] = React.useState('=IIJ.EBITDA("4Q02")');
  const [result, setResult] = React.useState<PlaygroundResult | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const playground = React.useRef<Playground | null>(null);

  const insert = async (example: string): Promise<void> => {
    if (host.kind !== "excel") {
      return;
    }
    setError(null);
    setNotice(null);
    try {
      const actions = await host.services.workbookActions();
      await actions.insertFormula(example);
      setNotice(t.functions.inserted(example));
    } catch (e: unknown) {
      setError(t.errors.insert(e instanceof Error ? e.message : String(e)));
    }
  };

  const evaluate = async (): Promise<void> => {
    setError(null);
    try {
      playground.current ??= await host.services.playground();
      setResult(playground.current.evaluate(formula, t.language));
    } catch (e: unknown) {
      setError(t.errors.module(e instanceof Error ? e.message : String(e)));
    }
  };

  return {
    insertUnavailable: host.kind === "excel" ? null : t.previewWriteReason,
    insert,
    formula,
    setFormula,
    evaluate,
    result,
    notice,
    error,
    dismissError: () => setError(null),
  };
}
