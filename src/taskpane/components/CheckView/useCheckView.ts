import * as React from "react";
import type { Finding } from "../../../core/checks/Finding";
import { errorText, workbookErrorKind } from "../../i18n/errorText";
import { useStrings } from "../../i18n/useStrings";
import type { LoadedWorkbook } from "../../services/ReleaseEngine";
import { ALL_FINDINGS, type CheckFilters } from "./CheckFilters";
import type { CheckViewProps } from "./CheckView.types";
import { type FindingGroup, groupFindings, tablesWithFindings } from "./groupFindings";
import { cardStoreOf } from "../FigureCard/cardStore";

/** CheckView's state and actions. */
export type CheckViewState = {
  readonly running: boolean;
  readonly filters: CheckFilters;
  /** Changes one filter, keeping the others. */
  readonly setFilter: <K extends keyof CheckFilters>(key: K, value: CheckFilters[K]) => void;
  /** The tables that have findings, for the table filter. */
  readonly tables: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly groups: ReadonlyArray<FindingGroup>;
  /** Entries shown, and entries in all (a figure flagged alike in both editions counts once). */
  readonly shown: number;
  readonly total: number;
  readonly error: string | null;
  readonly dismissError: () => void;
  readonly notice: string | null;
  /** The check found nothing loaded in the workbook: the view offers Load instead of an error. */
  readonly nothingLoaded: boolean;
  /** Why "go to" and "clear" cannot run (preview), or null. */
  readonly writeUnavailable: string | null;
  readonly run: () => Promise<void>;
  readonly goTo: (finding: Finding) => Promise<void>;
  readonly clear: () => Promise<void>;
};

/**
 * CheckView's state: runs the check (the workbook's sheets inside Excel, the embedded release in
 * preview), filters and groups the findings, goes to a finding's cell, clears highlights.
 *
 * @param props - the App's view props
 * @returns the state
 * @example
 * const state = useCheckView(props); await state.run();
 */
export function useCheckView(props: CheckViewProps): CheckViewState {
  const { host, settings, loaded, report, onReport, checkFilters: filters, onCheckFilters } = props;
  const t = useStrings();
  const [running, setRunning] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [nothingLoaded, setNothingLoaded] = React.useState(false);
  const findings = report?.findings;
  const groups = React.useMemo(
    () => groupFindings(findings ?? [], filters, settings.language),
    [findings, filters, settings.language]
  );
  const total = React.useMemo(
    () =>
      groupFindings(findings ?? [], ALL_FINDINGS, settings.language).reduce(
        (n, g) => n + g.entries.length,
        0
      ),
    [findings, settings.language]
  );
  const tables = React.useMemo(
    () => tablesWithFindings(findings ?? [], settings.language),
    [findings, settings.language]
  );
  const shown = groups.reduce((n, g) => n + g.entries.length, 0);
  const inExcel = host.kind === "excel";
  const loadedOrDefault: LoadedWorkbook = loaded ?? {
    options: { edition: "both", mode: settings.mode, highlightMinor: settings.highlightMinor },
    renamed: [],
  };

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    setNotice(null);
    setNothingLoaded(false);
    try {
      if (inExcel) {
        const actions = await host.services.workbookActions();
        onReport(
          await actions.checkWorkbook({
            edition: loadedOrDefault.options.edition,
            mode: settings.mode,
            highlightMinor: settings.highlightMinor,
          })
        );
      } else {
        const engine = await host.services.releaseEngine();
        onReport(engine.checkRelease(settings.mode));
      }
    } catch (e: unknown) {
      if (workbookErrorKind(e) === "notLoaded") {
        // Not an error: nothing has been loaded into this workbook yet.
        setNothingLoaded(true);
      } else {
        setError(t.errors.check(errorText(e, t)));
      }
    } finally {
      setRunning(false);
    }
  };

  const goTo = async (finding: Finding): Promise<void> => {
    if (!inExcel) {
      return;
    }
    setError(null);
    try {
      // Excel answers where the figure is now, from the workbook's own load record and names.
      const actions = await host.services.workbookActions();
      if ((await actions.goToFinding(finding)) === null) {
        setError(t.check.notLocated);
      }
    } catch (e: unknown) {
      setError(t.errors.goTo(errorText(e, t)));
    }
  };

  const clear = async (): Promise<void> => {
    if (!inExcel) {
      return;
    }
    setError(null);
    try {
      const actions = await host.services.workbookActions();
      const cleared = await actions.clearHighlights();
      const store = cardStoreOf(host);
      store.set({ highlightsCleared: store.get().highlightsCleared + 1 });
      setNotice(
        cleared.unreadSheets.length === 0
          ? t.check.cleared(cleared.removed)
          : t.check.clearedExcept(cleared.removed, cleared.unreadSheets.join(", "))
      );
    } catch (e: unknown) {
      setError(t.errors.clear(errorText(e, t)));
    }
  };

  return {
    running,
    filters,
    setFilter: (key, value) => onCheckFilters({ ...filters, [key]: value }),
    tables,
    groups,
    shown,
    total,
    error,
    dismissError: () => setError(null),
    notice,
    nothingLoaded,
    writeUnavailable: inExcel ? null : t.previewWriteReason,
    run,
    goTo,
    clear,
  };
}
