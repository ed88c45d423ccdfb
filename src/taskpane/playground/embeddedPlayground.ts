import { buildIndex } from "../../core/model/buildIndex";
import { dataset } from "../../data/index";
import { createFunctionsCore } from "../../functions/pure/functionsCore";
import type { Playground } from "../services/Playground";
import { createPlayground } from "./createPlayground";
import { playgroundRegistry } from "./playgroundRegistry";

/** The playground over the embedded release (its own chunk, fetched by the Functions view). */
export const playground: Playground = createPlayground(
  playgroundRegistry(createFunctionsCore(buildIndex(dataset)))
);
