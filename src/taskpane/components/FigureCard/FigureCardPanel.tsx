import * as React from "react";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { FigureCardPanelProps } from "./FigureCard.types";
import { FigureCardContext } from "./FigureCardContext";
import { useFigureCardPanel } from "./useFigureCardPanel";

// The card is its own chunk: the first view never waits for it.
const FigureCardView = React.lazy(() =>
  import("./FigureCardView").then((m) => ({ default: m.FigureCardView }))
);

/**
 * Lets the views inside it open a figure's card and shows that card below them; in Excel, also
 * the card of each figure the user selects on the add-in's sheets.
 *
 * @param props - the host and the views
 * @returns the views and the card
 * @example
 * <FigureCardPanel host={host}><CheckView … /></FigureCardPanel>
 */
export function FigureCardPanel(props: FigureCardPanelProps): React.JSX.Element {
  const state = useFigureCardPanel(props.host);
  return (
    <FigureCardContext.Provider value={state.open}>
      {props.children}
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {state.shown !== null && (
        <React.Suspense fallback={null}>
          <FigureCardView
            card={state.shown.card}
            current={state.shown.current}
            onOpen={state.open}
            onClose={state.close}
          />
        </React.Suspense>
      )}
    </FigureCardContext.Provider>
  );
}
