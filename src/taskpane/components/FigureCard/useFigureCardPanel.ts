import * as React from "react";
import type { FigureCard } from "../../../core/card/FigureCard";
import type { FindingPlace } from "../../../excel/WorkbookActions";
import type { TaskpaneHost } from "../../host/TaskpaneHost";
import { errorText } from "../../i18n/errorText";
import { useStrings } from "../../i18n/useStrings";
import { editedValue } from "./editedValue";

/** The card shown, with what the workbook holds now where the user changed the figure. */
export type ShownCard = { readonly card: FigureCard; readonly current: string | null };

/** What the card panel shows and does. */
export type FigureCardPanelState = {
  readonly shown: ShownCard | null;
  readonly error: string | null;
  /** Opens a figure's card: in Excel by selecting its cell (the selection shows the card). */
  readonly open: (place: FindingPlace) => void;
  readonly close: () => void;
  readonly dismissError: () => void;
};

/**
 * The card panel's state. In Excel it listens to Office's selection-changed event and shows the
 * card of the figure at each selection (nothing for any other cell); opening a figure selects
 * its cell, or shows its card directly where the workbook does not hold it. In the preview,
 * opening a figure shows its card.
 *
 * @param host - the host and its services
 * @returns the state
 */
export function useFigureCardPanel(host: TaskpaneHost): FigureCardPanelState {
  const t = useStrings();
  const [shown, setShown] = React.useState<ShownCard | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const strings = React.useRef(t);
  strings.current = t;

  const show = React.useCallback(
    async (place: FindingPlace, cell?: Parameters<typeof editedValue>[1]): Promise<void> => {
      const engine = await host.services.releaseEngine();
      const card = engine.figureCard(place);
      setShown(
        card === undefined
          ? null
          : {
              card,
              current:
                cell === undefined || card.figure.printed === null
                  ? null
                  : editedValue(card.figure.printed, cell),
            }
      );
    },
    [host]
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
    void host.services
      .workbookActions()
      .then((actions) =>
        actions.watchSelection((cell) => {
          actions
            .figureAt(cell)
            .then((found) => {
              if (!live) {
                return;
              }
              if (found === null) {
                setShown(null);
              } else {
                void show(found, found).catch(fail);
              }
            })
            .catch(fail);
        })
      )
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
  }, [host, show]);

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

  return {
    shown,
    error,
    open,
    close: () => setShown(null),
    dismissError: () => setError(null),
  };
}
