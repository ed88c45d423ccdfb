import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of WriteButton: the reason sits right under the button, in the hint colour. */
export const useWriteButtonStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
  },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
