/**
 * How far a reported figure is from what its amounts support: `minor` when the gap is less than
 * one unit of the figure's last printed digit (a rounding adjustment), `major` otherwise.
 */
export type Severity = "minor" | "major";
