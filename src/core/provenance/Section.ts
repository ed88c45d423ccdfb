import type { Localized } from "../model/Edition";

/**
 * A part of the release a figure is printed in: a short identifier as the release prints it
 * ("Appendix 1", "Table 3") and a title in each edition, in the add-in's own words.
 */
export type Section = {
  /** The identifier as the English edition prints it: stable across editions. */
  readonly id: string;
  /** The identifier as each edition prints it ("Table 1", 「表 1」). */
  readonly name: Localized;
  readonly title: Localized;
};
