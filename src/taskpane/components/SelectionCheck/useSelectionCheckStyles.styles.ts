import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of SelectionCheck: a section under the workbook check, compact lists that wrap at 320 px. */
export const useSelectionCheckStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "flex-start",
    flexWrap: "wrap",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalS,
  },
  line: { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "center" },
  explanation: { color: tokens.colorNeutralForeground2 },
});
