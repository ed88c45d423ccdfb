/**
 * What the engine concluded about one rule in one edition: the figure agrees with what it is
 * computed from, it is off by a minor or a major gap, or it could not be checked.
 */
export type RuleVerdict = "consistent" | "minor" | "major" | "notCheckable";
