import * as React from "react";
import { cardCells } from "../../../core/inference/cardCells";
import { changedCells } from "../../../core/inference/changedCells";
import { gridCellAt } from "../../../core/inference/gridCellAt";
import type { CheckedSelection } from "../../../excel/SelectionActions";
import type { CellAddress, FindingPlace } from "../../../excel/WorkbookActions";
import type { TaskpaneHost } from "../../host/TaskpaneHost";
import { errorText } from "../../i18n/errorText";
import { useStrings } from "../../i18n/useStrings";
import { type CardStore, type ShownCard, useCardState } from "./cardStore";
import { editedValue } from "./editedValue";

export type { ShownCard } from "./cardStore";

/** What the card panel shows and does. */
export type FigureCardPanelState = {
  readonly shown: ShownCard | null;
  readonly error: string | null;
  /** Opens a figure's card: in Excel by selecting its cell (the selection shows the card). */
  readonly open: (place: FindingPlace) => void;
  /** Selects a cell of the checked selection shown (the selection shows its card). */
  readonly openCell: (checked: CheckedSelection, cell: string) => void;
  readonly close: () => void;
  readonly dismissError: () => void;
};

/** The cell of the last checked selection a selection names, or null. */
function checkedCellAt(
  store: CardStore,
  cell: CellAddress
): { checked: CheckedSelection; row: number; column: number } | null {
  const checked = store.get().selection;
  if (
    checked?.kind !== "checked" ||
    checked.sheet.toLocaleUpperCase() !== cell.sheet.toLocaleUpperCase()
  ) {
    return null;
  }
  const at = gridCellAt(checked.grid, checked.origin, cell.address);
  return at === null ? null : { checked, ...at };
}

/**
 * The card panel's state, kept in the host's card store so it outlives a tab switch. In Excel it
 * listens to Office's selection-changed event: a cell of the last checked selection shows its
 * cell card (what was inferred for it, marked stale when its cells changed since the check), a
 * figure of the add-in's sheets its figure card, any other cell nothing. Opening a figure selects
 * its cell, or shows its card directly where the workbook does not hold it. In the preview,
 * opening a figure shows its card.
 *
 * @param host - the host and its services
 * @returns the state
 */
export function useFigureCardPanel(host: TaskpaneHost): FigureCardPanelState {
  const t = useStrings();
  const [state, store] = useCardState(host);
  const [error, setError] = React.useState<string | null>(null);
  const strings = React.useRef(t);
  strings.current = t;
  // Each selection supersedes the ones before: a slower answer for an earlier one is dropped.
  const latest = React.useRef(0);

  const show = React.useCallback(
    async (place: FindingPlace, cell?: Parameters<typeof editedValue>[1]): Promise<void> => {
      const engine = await host.services.releaseEngine();
      const card = engine.figureCard(place);
      store.set({
        shown:
          card === undefined
            ? null
            : {
                kind: "figure",
                card,
                current:
                  cell === undefined || card.figure.printed === null
                    ? null
                    : editedValue(card.figure.printed, cell),
              },
      });
    },
    [host, store]
  );

  /** Reads a checked cell's card and its cells now; resolves to what shows it (null: no card). */
  const cellCard = React.useCallback(
    async (found: {
      checked: CheckedSelection;
      row: number;
      column: number;
    }): Promise<ShownCard | null> => {
      const { checked } = found;
      const card = store.cards(checked)(found.row, found.column);
      const load = host.services.selectionActions;
      if (card === null || load === undefined) {
        return null;
      }
      const now = await (await load()).readSelectionCells(checked, cardCells(card));
      const changed = now === null ? null : changedCells(checked.grid, checked.origin, now);
      return { kind: "cell", checked, card, changed };
    },
    [host, store]
  );

  React.useEffect(() => {
    if (host.kind !== "excel") {
      return undefined;
    }
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    const fail = (e: unknown): void => {
      if (live) {
        setError(errorText(e, strings.current));
      }
    };
    const onSelection =
      (actions: Awaited<ReturnType<typeof host.services.workbookActions>>) =>
      (cell: CellAddress): void => {
        const turn = ++latest.current;
        const current = (): boolean => live && turn === latest.current;
        const inChecked = checkedCellAt(store, cell);
        if (inChecked !== null) {
          cellCard(inChecked)
            .then((shown) => (current() ? store.set({ shown }) : undefined))
            .catch(fail);
          return;
        }
        actions
          .figureAt(cell)
          .then((found) => {
            if (!current()) {
              return;
            }
            if (found === null) {
              store.set({ shown: null });
            } else {
              void show(found, found).catch(fail);
            }
          })
          .catch(fail);
      };
    void host.services
      .workbookActions()
      .then((actions) => actions.watchSelection(onSelection(actions)))
      .then((remove) => {
        stop = remove;
        if (!live) {
          void remove().catch(() => undefined);
        }
      })
      // An Excel without the selection event (before ExcelApi 1.9) shows no card on selection;
      // the findings and the table browser still open cards, so nothing is reported here.
      .catch(() => undefined);
    return () => {
      live = false;
      // Removing the handler fails only when the workbook is gone: nothing is left to stop.
      void stop?.().catch(() => undefined);
    };
  }, [host, show, cellCard, store]);

  const open = React.useCallback(
    (place: FindingPlace): void => {
      const fail = (e: unknown): void => setError(errorText(e, strings.current));
      if (host.kind !== "excel") {
        void show(place).catch(fail);
        return;
      }
      void host.services
        .workbookActions()
        .then((actions) => actions.goToFinding(place))
        .then((selected) => (selected === null ? show(place) : undefined))
        .catch(fail);
    },
    [host, show]
  );

  const openCell = React.useCallback(
    (checked: CheckedSelection, cell: string): void => {
      const load = host.services.selectionActions;
      if (load === undefined) {
        return;
      }
      void load()
        .then((actions) => actions.goToSelectionCell(checked, cell))
        .then((selected) => {
          if (selected === null) {
            setError(strings.current.selection.sheetGone);
          }
        })
        .catch((e: unknown) => setError(errorText(e, strings.current)));
    },
    [host]
  );

  return {
    shown: state.shown,
    error,
    open,
    openCell,
    close: () => store.set({ shown: null }),
    dismissError: () => setError(null),
  };
}
