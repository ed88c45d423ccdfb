import type { LoadProgress } from "../../../excel/WorkbookActions";
import type { ViewProps } from "../App/App.types";

/** Props of LoadView: the App's view props. */
export type LoadViewProps = ViewProps;

/** How far a sheet has got: the last phase it finished. */
export type SheetProgress = LoadProgress;
