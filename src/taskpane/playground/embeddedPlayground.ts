import { buildIndex } from "../../core/model/buildIndex";
import { dataset } from "../../data/index";
import type { Playground } from "../services/Playground";
import { releasePlayground } from "./releasePlayground";

/** The playground over the embedded release (its own chunk, fetched by the Functions view). */
export const playground: Playground = releasePlayground(buildIndex(dataset));
