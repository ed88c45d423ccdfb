/**
 * A period of the release. IIJ's fiscal year N runs from April N to March N+1, so `4Q02` is
 * January–March 2003 and `FY2002` is April 2002–March 2003. Balance sheets are at an instant.
 */
export type Period =
  | {
      readonly kind: "quarter";
      readonly id: string;
      readonly fiscalYear: number;
      readonly quarter: 1 | 2 | 3 | 4;
      readonly start: string;
      readonly end: string;
    }
  | {
      readonly kind: "year";
      readonly id: string;
      readonly fiscalYear: number;
      readonly start: string;
      readonly end: string;
    }
  | {
      readonly kind: "instant";
      readonly id: string;
      readonly date: string;
    };
