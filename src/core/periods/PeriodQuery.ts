/**
 * A period as a user wrote it, once understood: a fiscal quarter, a fiscal year or a date.
 * It may or may not be in the release: the caller looks (the functions' `locateAmount`).
 */
export type PeriodQuery =
  | { readonly kind: "quarter"; readonly fiscalYear: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: "year"; readonly fiscalYear: number }
  | { readonly kind: "instant"; readonly date: string };
