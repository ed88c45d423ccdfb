import * as React from "react";
import type { SelectionActions, SelectionCheck } from "../../../excel/SelectionActions";
import { errorText } from "../../i18n/errorText";
import { useStrings } from "../../i18n/useStrings";
import { useCardState } from "../FigureCard/cardStore";
import type { SelectionCheckProps } from "./SelectionCheck.types";

/** SelectionCheck's state and actions. */
export type SelectionCheckState = {
  readonly running: boolean;
  /** The last check of the selection, or null before one. */
  readonly result: SelectionCheck | null;
  readonly error: string | null;
  readonly dismissError: () => void;
  readonly notice: string | null;
  /** Why "Highlight in this sheet" cannot run yet, or null. */
  readonly highlightUnavailable: string | null;
  readonly check: () => Promise<void>;
  readonly highlight: () => Promise<void>;
  readonly clear: () => Promise<void>;
  readonly goTo: (cell: string) => Promise<void>;
};

/**
 * SelectionCheck's state: checks the selected range, then on request highlights it on its sheet,
 * clears those highlights, and selects a cell of it. The last check is kept in the host's card
 * store, where selecting one of its cells shows that cell's card.
 *
 * @param props - the host and the settings
 * @returns the state
 * @example
 * const state = useSelectionCheck(props); await state.check();
 */
export function useSelectionCheck(props: SelectionCheckProps): SelectionCheckState {
  const { host, settings } = props;
  const t = useStrings();
  const [running, setRunning] = React.useState(false);
  // In the host's card store: the cell card reads it, and it outlives a tab switch.
  const [{ selection: result, highlightsCleared }, store] = useCardState(host);
  const setResult = (checked: SelectionCheck): void => {
    const shown = store.get().shown;
    // A cell card of an earlier check would speak for cells this check read again.
    store.set({ selection: checked, shown: shown?.kind === "cell" ? null : shown });
  };
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  // The Check view's "Clear highlights" removed this selection's highlights too: a notice that
  // they were written (or cleared) no longer says what the sheet holds.
  const clearsSeen = React.useRef(highlightsCleared);
  React.useEffect(() => {
    if (clearsSeen.current !== highlightsCleared) {
      clearsSeen.current = highlightsCleared;
      setNotice(null);
    }
  }, [highlightsCleared]);

  const withActions = async (
    work: (actions: SelectionActions) => Promise<void>,
    failure: (message: string) => string
  ): Promise<void> => {
    const load = host.services.selectionActions;
    if (load === undefined) {
      return;
    }
    setError(null);
    setNotice(null);
    try {
      await work(await load());
    } catch (e: unknown) {
      setError(failure(errorText(e, t)));
    }
  };

  const check = async (): Promise<void> => {
    setRunning(true);
    await withActions(
      async (actions) => setResult(await actions.checkSelection(settings.mode)),
      t.selection.failed
    );
    setRunning(false);
  };

  const highlight = (): Promise<void> =>
    withActions(async (actions) => {
      if (result?.kind === "checked") {
        const written = await actions.highlightSelection(result, settings.highlightMinor);
        if (written.kind === "tooMany") {
          setError(t.selection.tooManyRules(written.rules, written.limit));
        } else {
          setNotice(t.selection.highlighted(written.rules, result.sheet));
        }
      }
    }, t.selection.failed);

  const clear = (): Promise<void> =>
    withActions(async (actions) => {
      const cleared = await actions.clearSelectionHighlights();
      setNotice(
        cleared.unreadSheets.length === 0
          ? t.selection.cleared(cleared.rules)
          : t.selection.clearedExcept(cleared.rules, cleared.unreadSheets.join(", "))
      );
    }, t.selection.failed);

  const goTo = (cell: string): Promise<void> =>
    withActions(async (actions) => {
      if (result?.kind === "checked" && (await actions.goToSelectionCell(result, cell)) === null) {
        setError(t.selection.sheetGone);
      }
    }, t.selection.failed);

  return {
    running,
    result,
    error,
    dismissError: () => setError(null),
    notice,
    highlightUnavailable: result?.kind === "checked" ? null : t.selection.checkFirst,
    check,
    highlight,
    clear,
    goTo,
  };
}
