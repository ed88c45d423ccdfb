import type { FigureCard } from "../../../core/card/FigureCard";
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
