import type { CheckReport } from "../../core/checks/CheckReport";
import type { Finding } from "../../core/checks/Finding";
import type { RoundingMode } from "../../core/numbers/RoundingMode";
import type { CellAddress, LoadOptions, LoadResult } from "../../excel/WorkbookActions";
import type { UiLanguage } from "../i18n/Strings";
import type { TableView } from "./TableView";

/** What was loaded into the workbook, to find a finding's cell again. */
export type LoadedWorkbook = {
  readonly options: Pick<LoadOptions, "edition" | "tables" | "mode" | "highlightMinor">;
  readonly renamed: LoadResult["renamed"];
};

/**
 * The embedded release and the check engine, loaded on demand (its own chunk): checks the
 * release's own figures, lists its tables for the viewer, finds a finding's cell in the workbook.
 */
export type ReleaseEngine = {
  readonly checkRelease: (mode: RoundingMode) => CheckReport;
  readonly tables: (language: UiLanguage) => ReadonlyArray<TableView>;
  /** The sheet and cell a finding is in, for what was loaded; null when not placed. */
  readonly locate: (finding: Finding, loaded: LoadedWorkbook) => CellAddress | null;
};
