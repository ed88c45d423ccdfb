/**
 * A cell as the inference reads it: empty, text (a label, a header, a unit line), or a figure
 * with its printed decimals (`value` null for a nil dash) and whether it shows a percent sign.
 */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "figure";
      readonly value: number | null;
      readonly decimals: number;
      readonly percent: boolean;
      readonly text: string;
    };
