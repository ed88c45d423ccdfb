import * as React from "react";
import type { TableKind } from "../../../core/model/Table";
import type { EditionChoice, LoadPhase, LoadResult } from "../../../excel/WorkbookActions";
import { errorText } from "../../i18n/errorText";
import { useStrings } from "../../i18n/useStrings";
import type { LoadViewProps, SheetProgress } from "./LoadView.types";

/** Every table group, in the order the release prints them. */
export const TABLE_KINDS: ReadonlyArray<TableKind> = [
  "operations",
  "balanceSheet",
  "cashFlows",
  "operatingData",
  "nonGaap",
  "crossSelling",
];

/** Each phase's place in a sheet's progress: planned is the first of two steps, written the last. */
export const PHASE_STEP: Readonly<Record<LoadPhase, number>> = { plan: 1, write: 2 };

/** How many steps a sheet's progress has: one per phase. */
export const PHASE_STEPS = Object.keys(PHASE_STEP).length;

/** LoadView's state and actions. */
export type LoadViewState = {
  readonly edition: EditionChoice;
  readonly setEdition: (edition: EditionChoice) => void;
  readonly tables: ReadonlySet<TableKind>;
  readonly toggleTable: (kind: TableKind, on: boolean) => void;
  readonly running: boolean;
  readonly progress: ReadonlyArray<SheetProgress>;
  readonly result: LoadResult | null;
  readonly error: string | null;
  readonly dismissError: () => void;
  /** Why Load cannot run now, or null. */
  readonly unavailableReason: string | null;
  readonly load: () => Promise<void>;
};

/**
 * LoadView's state: the edition and table groups chosen, the load's per-sheet progress, result
 * and error. The load goes through Excel's actions (loaded on demand).
 *
 * @param props - the App's view props
 * @returns the state
 * @example
 * const state = useLoadView(props); await state.load();
 */
export function useLoadView(props: LoadViewProps): LoadViewState {
  const { host, settings, onLoaded } = props;
  const t = useStrings();
  const [edition, setEdition] = React.useState<EditionChoice>(settings.language);
  const [tables, setTables] = React.useState<ReadonlySet<TableKind>>(() => new Set(TABLE_KINDS));
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<ReadonlyArray<SheetProgress>>([]);
  const [result, setResult] = React.useState<LoadResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const toggleTable = (kind: TableKind, on: boolean): void =>
    setTables((current) => {
      const next = new Set(current);
      if (on) {
        next.add(kind);
      } else {
        next.delete(kind);
      }
      return next;
    });

  const unavailableReason =
    host.kind === "preview" ? t.previewWriteReason : tables.size === 0 ? t.load.chooseTables : null;

  const load = async (): Promise<void> => {
    if (unavailableReason !== null || running) {
      return;
    }
    setRunning(true);
    setError(null);
    setResult(null);
    setProgress([]);
    const chosen = TABLE_KINDS.filter((k) => tables.has(k));
    const options = {
      edition,
      tables: chosen,
      mode: settings.mode,
      highlightMinor: settings.highlightMinor,
    };
    try {
      const actions = await host.services.workbookActions();
      const loadResult = await actions.loadRelease({
        ...options,
        onProgress: (p) =>
          setProgress((current) =>
            current.some((s) => s.sheet === p.sheet)
              ? current.map((s) => (s.sheet === p.sheet ? p : s))
              : [...current, p]
          ),
      });
      setResult(loadResult);
      onLoaded({ options, renamed: loadResult.renamed }, loadResult.report);
    } catch (e: unknown) {
      setError(t.errors.load(errorText(e, t)));
    } finally {
      setRunning(false);
    }
  };

  return {
    edition,
    setEdition,
    tables,
    toggleTable,
    running,
    progress,
    result,
    error,
    dismissError: () => setError(null),
    unavailableReason,
    load,
  };
}
