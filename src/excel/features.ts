/** A capability of the adapter that depends on the Excel requirement sets the host supports. */
export type Feature =
  "load" | "rowStyles" | "highlights" | "notes" | "comments" | "hyperlinks" | "suspendCalculation";

/** The ExcelApi version each feature needs (load: names' formulas, freezeAt, protection). */
export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, string>> = {
  load: "1.7",
  rowStyles: "1.9",
  highlights: "1.6",
  notes: "1.18",
  comments: "1.10",
  hyperlinks: "1.7",
  suspendCalculation: "1.6",
};

/** Whether the host supports `ExcelApi` at a version; injected so tests can lower it. */
export type RequirementCheck = (version: string) => boolean;

/** Which features the host supports, and which it does not (the pane words those itself). */
export type FeatureSupport = {
  readonly supported: ReadonlySet<Feature>;
  readonly unsupported: ReadonlyArray<Feature>;
};

/**
 * Asks the host once which features work, so a feature above the host's requirement sets is
 * switched off (and the pane says so) while the rest keeps working.
 *
 * @param check - whether ExcelApi at a version is supported
 * @returns the supported features and the unsupported ones
 * @example
 * detectFeatures((v) => v !== "1.18").supported.has("notes") //=> false
 */
export function detectFeatures(check: RequirementCheck): FeatureSupport {
  const features = Object.keys(FEATURE_REQUIREMENTS) as Feature[];
  const supported = new Set(features.filter((f) => check(FEATURE_REQUIREMENTS[f])));
  return { supported, unsupported: features.filter((f) => !supported.has(f)) };
}

/**
 * The host's own answer, through Office.context.requirements; false outside Office.
 *
 * @param version - the ExcelApi version, e.g. "1.18"
 * @returns whether the host supports it
 */
export function officeRequirementCheck(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
