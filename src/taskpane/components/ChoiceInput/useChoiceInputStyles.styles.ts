import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Styles of ChoiceInput, after Fluent UI's Checkbox and Radio: the control in the brand colour, the
 * label beside it, the same padding and the same keyboard focus outline.
 */
export const useChoiceInputStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
  },
  // As Fluent's Radio: the choices not taken are in the quieter text colour.
  unchosen: { color: tokens.colorNeutralForeground3 },
  input: {
    width: "16px",
    height: "16px",
    margin: 0,
    flexShrink: 0,
    cursor: "pointer",
    accentColor: tokens.colorCompoundBrandBackground,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
});
