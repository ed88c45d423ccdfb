import * as React from "react";
import type { Finding } from "../../../core/checks/Finding";
import { useStrings } from "../../i18n/useStrings";
import type { LoadedWorkbook } from "../../services/ReleaseEngine";
import type { CheckViewProps, RuleFilter, SeverityFilter } from "./CheckView.types";
import { type FindingGroup, groupFindings } from "./groupFindings";
import { errorText } from "../../i18n/errorText";

/** CheckView's state and actions. */
export type CheckViewState = {
  readonly running: boolean;
  readonly severity: SeverityFilter;
  readonly setSeverity: (s: SeverityFilter) => void;
  readonly rule: RuleFilter;
  readonly setRule: (r: RuleFilter) => void;
  readonly groups: ReadonlyArray<FindingGroup>;
  readonly shown: number;
  readonly error: string | null;
  readonly dismissError: () => void;
  readonly notice: string | null;
  /** Why "go to" and "clear" cannot run (preview), or null. */
  readonly writeUnavailable: string | null;
  readonly run: () => Promise<void>;
  readonly goTo: (finding: Finding) => Promise<void>;
  readonly clear: () => Promise<void>;
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

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
  const { host, settings, loaded, report, onReport } = props;
  const t = useStrings();
  const [running, setRunning] = React.useState(false);
  const [severity, setSeverity] = React.useState<SeverityFilter>("all");
  const [rule, setRule] = React.useState<RuleFilter>("all");
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const groups = React.useMemo(
    () => groupFindings(report?.findings ?? [], severity, rule, settings.language),
    [report, severity, rule, settings.language]
  );
  const shown = groups.reduce((n, g) => n + g.findings.length, 0);
  const inExcel = host.kind === "excel";
  const loadedOrDefault: LoadedWorkbook = loaded ?? {
    options: { edition: "both", mode: settings.mode, highlightMinor: settings.highlightMinor },
    renamed: [],
  };

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    setNotice(null);
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
      setError(t.errors.check(errorText(e, t)));
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
      setError(t.errors.goTo(message(e)));
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
    severity,
    setSeverity,
    rule,
    setRule,
    groups,
    shown,
    error,
    dismissError: () => setError(null),
    notice,
    writeUnavailable: inExcel ? null : t.previewWriteReason,
    run,
    goTo,
    clear,
  };
}
