import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import type { ChoiceInputProps } from "./ChoiceInput.types";
import { useChoiceInputStyles } from "./useChoiceInputStyles.styles";

/**
 * A native checkbox or radio button inside its label, styled with Fluent UI's tokens. The Load
 * view's nine choices are most of the first view; as Fluent's Checkbox and Radio they made it
 * 20–40 ms slower in headless Chromium, while the browser's own controls are as accessible (role,
 * name, state, arrow keys within a radio group).
 *
 * @param props - what the choice is and whether it is on
 * @returns the labelled control
 * @example
 * <ChoiceInput kind="checkbox" label="Balance sheet" checked={on} onChange={setOn} />
 */
export function ChoiceInput(props: ChoiceInputProps): React.JSX.Element {
  const styles = useChoiceInputStyles();
  return (
    <label
      className={mergeClasses(
        styles.root,
        props.kind === "radio" && !props.checked && styles.unchosen
      )}
    >
      <input
        type={props.kind}
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        className={styles.input}
      />
      {props.label}
    </label>
  );
}
