import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import type { FigureReading, FigureSource } from "./FigureReading";
import type { EditionSources } from "./runChecks";
import { CLAIMS_TABLE } from "./Rule";

const ABSENT: FigureReading = { kind: "absent" };

// The sources datasetSources made, with what they read: the engine reads those in bulk.
const printed = new WeakMap<FigureSource, { index: DatasetIndex; edition: Edition }>();

/**
 * Which dataset and edition a source reads, when it is one of `datasetSources`' own (nothing
 * else reads exactly the release's printed figures).
 *
 * @param source - a figure source
 * @returns its dataset index and edition, or undefined for any other source
 * @example
 * datasetEditionOf(ja)?.edition //=> "ja"
 */
export function datasetEditionOf(
  source: FigureSource
): { readonly index: DatasetIndex; readonly edition: Edition } | undefined {
  return printed.get(source);
}

function sourceOf(index: DatasetIndex, edition: Edition): FigureSource {
  const claims = new Map(
    index.dataset.claims.filter((c) => c.edition === edition).map((c) => [c.id, c.claimed] as const)
  );
  // Per table, its figures in this edition and its columns' positions: two lookups a cell.
  const tables = new Map(
    index.dataset.tables.map(
      (t) => [t, new Map(t.columns.map((c, i) => [c.id, i] as const))] as const
    )
  );
  const source = (ref: CellRef): FigureReading => {
    if (ref.table === CLAIMS_TABLE) {
      const claimed = claims.get(ref.item);
      return claimed === undefined ? ABSENT : { kind: "figure", ...claimed };
    }
    const table = index.tables.get(ref.table);
    const position = table === undefined ? undefined : tables.get(table)?.get(ref.column);
    const figure =
      table === undefined || position === undefined
        ? undefined
        : table.figures[edition]?.[ref.item]?.[position];
    return figure === undefined || figure === null
      ? ABSENT
      : { kind: "figure", value: figure.value, decimals: figure.decimals, text: figure.text };
  };
  printed.set(source, { index, edition });
  return source;
}

/**
 * The release's own figures as the engine reads them, for both editions.
 *
 * @param index - the dataset index
 * @returns a figure source per edition
 * @example
 * datasetSources(index).en?.({ table: "operations_quarterly", item: "revenues.total", column: "jpy_4Q02" }) //=> { kind: "figure", text: "13,036,439", value: 13036439, decimals: 0 }
 */
export function datasetSources(index: DatasetIndex): EditionSources {
  return { en: sourceOf(index, "en"), ja: sourceOf(index, "ja") };
}
