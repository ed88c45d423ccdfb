/** The two editions of the release: the English release and the Japanese summary. */
export type Edition = "en" | "ja";

/** Every edition, in the order the product shows them. */
export const EDITIONS: ReadonlyArray<Edition> = ["en", "ja"];

/**
 * A text given in each edition that prints it: the source and notes of a table printed only in
 * English have no `ja` (its title and labels have one, marked `titleFrom` / `labelFrom`).
 */
export type Localized = {
  readonly en: string;
  readonly ja?: string;
};
