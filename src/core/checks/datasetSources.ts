import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Edition } from "../model/Edition";
import type { FigureReading, FigureSource } from "./FigureReading";
import type { EditionSources } from "./runChecks";
import { CLAIMS_TABLE } from "./Rule";

const ABSENT: FigureReading = { kind: "absent" };

function sourceOf(index: DatasetIndex, edition: Edition): FigureSource {
  const claims = new Map(
    index.dataset.claims.filter((c) => c.edition === edition).map((c) => [c.id, c.claimed] as const)
  );
  return (ref: CellRef) => {
    if (ref.table === CLAIMS_TABLE) {
      const claimed = claims.get(ref.item);
      return claimed === undefined ? ABSENT : { kind: "figure", ...claimed };
    }
    const position = index.columnPositions.get(`${ref.table}|${ref.column}`);
    const figure =
      position === undefined
        ? undefined
        : index.tables.get(ref.table)?.figures[edition]?.[ref.item]?.[position];
    return figure === undefined || figure === null ? ABSENT : { kind: "figure", ...figure };
  };
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
