import type { TableKind } from "../../../src/core/model/Table";
import type { LoadOptions } from "../../../src/excel/WorkbookActions";
import { TABLE_KINDS } from "../../../src/taskpane/components/LoadView/useLoadView";

/** The largest request the adapter may send, in bytes: 1.5 MB (Excel on the web refuses 5 MB). */
export const MAX_REQUEST_BYTES = 1_500_000;

/** A load the task pane offers, with a label for test names and bench lines. */
export type LoadCombination = { readonly label: string; readonly options: LoadOptions };

/**
 * Every load the task pane offers: each edition choice, rounding mode and minor setting, with
 * all table groups and with each group alone.
 *
 * @returns the combinations
 */
export function loadCombinations(): ReadonlyArray<LoadCombination> {
  const tableChoices: ReadonlyArray<ReadonlyArray<TableKind> | undefined> = [
    undefined,
    ...TABLE_KINDS.map((k) => [k]),
  ];
  const combinations: LoadCombination[] = [];
  for (const edition of ["en", "ja", "both"] as const) {
    for (const mode of ["round", "truncate"] as const) {
      for (const highlightMinor of [true, false]) {
        for (const tables of tableChoices) {
          combinations.push({
            label: `${edition} ${mode} minor ${highlightMinor ? "on" : "off"} ${tables?.join("+") ?? "all tables"}`,
            options: { edition, mode, highlightMinor, ...(tables === undefined ? {} : { tables }) },
          });
        }
      }
    }
  }
  return combinations;
}
