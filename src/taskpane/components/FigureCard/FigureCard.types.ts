import type { FigureCard } from "../../../core/card/FigureCard";
import type { CellCard } from "../../../core/inference/CellCard";
import type { CheckedSelection } from "../../../excel/SelectionActions";
import type { FindingPlace } from "../../../excel/WorkbookActions";
import type { TaskpaneHost } from "../../host/TaskpaneHost";

/** Props of FigureCardView: one card, and what its links and its close button do. */
export type FigureCardViewProps = {
  readonly card: FigureCard;
  /** What the workbook holds now where a user changed the figure; null when unchanged. @default null */
  readonly current?: string | null;
  /** Opens a related figure (in Excel: selects its cell). */
  readonly onOpen: (place: FindingPlace) => void;
  readonly onClose: () => void;
};

/** Props of FigureCardPanel: the host, and the views that may open a card. */
export type FigureCardPanelProps = {
  readonly host: TaskpaneHost;
  readonly children?: React.ReactNode;
};

/** Props of FigureButton: a printed figure that opens its card. */
export type FigureButtonProps = {
  readonly place: FindingPlace;
  /** The row's label, for the button's accessible name. */
  readonly label: string;
  /** The figure as printed: the button's text. */
  readonly text: string;
  readonly className?: string;
};

/** Props of CellCardView: a checked selection's cell, and what its links and close button do. */
export type CellCardViewProps = {
  readonly checked: CheckedSelection;
  readonly card: CellCard;
  /** The cells named on the card that changed since the check; null when its sheet is gone. */
  readonly changed: ReadonlyArray<string> | null;
  /** Selects a cell of the checked sheet ("C4"). */
  readonly onOpen: (cell: string) => void;
  readonly onClose: () => void;
};
