/** Props of ChoiceInput: one labelled choice, a checkbox or one radio button of a group. */
export type ChoiceInputProps = {
  /** A checkbox (on or off) or a radio button (one of its group). */
  readonly kind: "checkbox" | "radio";
  /** The visible text, also the accessible name. */
  readonly label: string;
  readonly checked: boolean;
  /** Called with the new state when the user changes the choice. */
  readonly onChange: (checked: boolean) => void;
  /** The group a radio button belongs to (the browser moves between its buttons with the arrow
   * keys). @default undefined */
  readonly name?: string;
};
