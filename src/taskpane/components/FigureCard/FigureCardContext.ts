import * as React from "react";
import type { FindingPlace } from "../../../excel/WorkbookActions";

/**
 * Opens a figure's card, for the views that show figures (the table browser, the findings);
 * null outside a FigureCardPanel, where figures stay plain text.
 */
export const FigureCardContext = React.createContext<((place: FindingPlace) => void) | null>(null);

/**
 * The function that opens a figure's card, or null where no card panel is around.
 *
 * @returns the opener
 * @example
 * const open = useOpenFigureCard(); open?.({ edition: "en", where })
 */
export function useOpenFigureCard(): ((place: FindingPlace) => void) | null {
  return React.useContext(FigureCardContext);
}
