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

const FEATURE_NAMES: Readonly<Record<Feature, string>> = {
  load: "Loading the release",
  rowStyles: "Bold totals, borders and indented labels",
  highlights: "Highlighting figures the amounts do not support",
  notes: "Notes on flagged cells",
  comments: "Comments on flagged cells",
  hyperlinks: "Links from the Checks sheet to the cells",
  suspendCalculation: "Pausing recalculation while sheets are written",
};

/** Whether the host supports `ExcelApi` at a version; injected so tests can lower it. */
export type RequirementCheck = (version: string) => boolean;

/** Which features the host supports, and a message for each one it does not. */
export type FeatureSupport = {
  readonly supported: ReadonlySet<Feature>;
  readonly messages: ReadonlyArray<{ readonly feature: Feature; readonly message: string }>;
};

/**
 * Asks the host once which features work, so a feature above the host's requirement sets is
 * switched off with a message while the rest keeps working.
 *
 * @param check - whether ExcelApi at a version is supported
 * @returns the supported features and a message per unsupported one
 * @example
 * detectFeatures((v) => v !== "1.18").supported.has("notes") //=> false
 */
export function detectFeatures(check: RequirementCheck): FeatureSupport {
  const supported = new Set<Feature>();
  const messages: Array<{ feature: Feature; message: string }> = [];
  for (const feature of Object.keys(FEATURE_REQUIREMENTS) as Feature[]) {
    const version = FEATURE_REQUIREMENTS[feature];
    if (check(version)) {
      supported.add(feature);
    } else {
      messages.push({
        feature,
        message: `${FEATURE_NAMES[feature]} needs ExcelApi ${version}, which this Excel does not support; it is switched off.`,
      });
    }
  }
  return { supported, messages };
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
