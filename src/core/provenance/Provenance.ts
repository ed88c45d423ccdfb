import type { Section } from "./Section";

/**
 * Where a figure is printed in the release: its section, its row's label and its column's
 * header as the edition prints them, and the 1-based line of the release's text.
 */
export type Provenance = {
  readonly section: Section;
  readonly row: string;
  readonly column: string;
  /** Undefined for a dataset that does not record lines (a synthetic one). */
  readonly line: number | undefined;
};
