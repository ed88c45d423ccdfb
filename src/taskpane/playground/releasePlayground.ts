import type { DatasetIndex } from "../../core/model/DatasetIndex";
import { createFunctionsCore } from "../../functions/pure/functionsCore";
import type { Playground } from "../services/Playground";
import { createPlayground } from "./createPlayground";
import { playgroundRegistry } from "./playgroundRegistry";

/**
 * The playground over a release: the IIJ functions over its index, suggesting its items' names.
 *
 * @param index - the release's dataset index
 * @returns the playground
 * @example
 * releasePlayground(buildIndex(dataset)).evaluate("=IIJ.FXRATE()").ok //=> true
 */
export function releasePlayground(index: DatasetIndex): Playground {
  return createPlayground(
    playgroundRegistry(createFunctionsCore(index)),
    [...index.items.values()].map(([{ row }]) => ({ label: row.label, aliases: row.aliases ?? [] }))
  );
}
