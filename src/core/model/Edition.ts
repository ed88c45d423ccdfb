/** The two editions of the release: the English release and the Japanese summary. */
export type Edition = "en" | "ja";

/** Every edition, in the order the product shows them. */
export const EDITIONS: ReadonlyArray<Edition> = ["en", "ja"];

/** A text given in each edition that prints it (a table printed only in English has no `ja`). */
export type Localized = {
  readonly en: string;
  readonly ja?: string;
};
