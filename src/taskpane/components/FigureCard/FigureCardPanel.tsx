import * as React from "react";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { FigureCardPanelProps } from "./FigureCard.types";
import { FigureCardContext } from "./FigureCardContext";
import { useFigureCardPanel } from "./useFigureCardPanel";

// The card is its own chunk: the first view never waits for it.
const FigureCardView = React.lazy(() =>
  import("./FigureCardView").then((m) => ({ default: m.FigureCardView }))
);

const CellCardView = React.lazy(() =>
  import("./CellCardView").then((m) => ({ default: m.CellCardView }))
);

/**
 * Lets the views inside it open a figure's card and shows that card below them; in Excel, also
 * the card of each figure the user selects on the add-in's sheets, and of each cell of the last
 * table checked with "Check the selection". What it shows lives in the host's card store, so it
 * stays when a tab switch remounts the panel.
 *
 * @param props - the host and the views
 * @returns the views and the card
 * @example
 * <FigureCardPanel host={host}><CheckView … /></FigureCardPanel>
 */
export function FigureCardPanel(props: FigureCardPanelProps): React.JSX.Element {
  const state = useFigureCardPanel(props.host);
  const shown = state.shown;
  return (
    <FigureCardContext.Provider value={state.open}>
      {props.children}
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {shown !== null && (
        <React.Suspense fallback={null}>
          {shown.kind === "figure" ? (
            <FigureCardView
              card={shown.card}
              current={shown.current}
              onOpen={state.open}
              onClose={state.close}
            />
          ) : (
            <CellCardView
              checked={shown.checked}
              card={shown.card}
              changed={shown.changed}
              onOpen={(cell) => state.openCell(shown.checked, cell)}
              onClose={state.close}
            />
          )}
        </React.Suspense>
      )}
    </FigureCardContext.Provider>
  );
}
