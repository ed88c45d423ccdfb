import { loadDataset } from "../core/model/loadDataset";
import type { Dataset } from "../core/model/Dataset";
import json from "./release.json";
import standardNames from "./standardNames.json";

/**
 * IIJ's FY2002 Q4 earnings release as facts and figures, with the names analysts use for its
 * items, validated once at load.
 */
export const dataset: Dataset = loadDataset({ ...json, standardNames });
