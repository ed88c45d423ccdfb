import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { TableView } from "../../services/TableView";
import type { TableBrowserProps } from "./TableBrowser.types";

/** TableBrowser's state: the tables (once the engine arrived), the one chosen, an error. */
export type TableBrowserState = {
  readonly tables: ReadonlyArray<TableView> | null;
  readonly selected: TableView | null;
  readonly select: (id: string) => void;
  readonly error: string | null;
};

/**
 * Loads the release's tables in the UI language from the release engine (its own chunk).
 *
 * @param props - the view props
 * @returns the state
 * @example
 * const { tables, selected } = useTableBrowser(props);
 */
export function useTableBrowser(props: TableBrowserProps): TableBrowserState {
  const { host, settings } = props;
  const t = useStrings();
  const [tables, setTables] = React.useState<ReadonlyArray<TableView> | null>(null);
  const [selectedId, setSelectedId] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    let live = true;
    host.services.releaseEngine().then(
      (engine) => live && setTables(engine.tables(settings.language)),
      (e: unknown) => live && setError(t.errors.module(e instanceof Error ? e.message : String(e)))
    );
    return () => {
      live = false;
    };
  }, [host, settings.language, t]);
  const selected = tables?.find((x) => x.id === selectedId) ?? tables?.[0] ?? null;
  return { tables, selected, select: setSelectedId, error };
}
