import type { FigureCard } from "../../core/card/FigureCard";
import type { CheckReport } from "../../core/checks/CheckReport";
import type { RoundingMode } from "../../core/numbers/RoundingMode";
import type { FindingPlace, LoadOptions, LoadResult } from "../../excel/WorkbookActions";
import type { UiLanguage } from "../i18n/Strings";
import type { TableView } from "./TableView";

/** What this pane loaded into the workbook (the workbook's own load record is what Excel goes by). */
export type LoadedWorkbook = {
  readonly options: Pick<LoadOptions, "edition" | "tables" | "mode" | "highlightMinor">;
  readonly renamed: LoadResult["renamed"];
};

/**
 * The embedded release and the check engine, loaded on demand (its own chunk): checks the
 * release's own figures and lists its tables for the viewer. Where a finding's cell is in the
 * workbook is Excel's question (WorkbookActions.goToFinding).
 */
export type ReleaseEngine = {
  readonly checkRelease: (mode: RoundingMode) => CheckReport;
  readonly tables: (language: UiLanguage) => ReadonlyArray<TableView>;
  /** A figure's card, with the verdicts of the release's own check; undefined for no figure. */
  readonly figureCard: (place: FindingPlace) => FigureCard | undefined;
};
