import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of FunctionsView: the playground on top, then one card per function. */
export const useFunctionsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  output: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: "auto",
    whiteSpace: "pre",
    minHeight: tokens.lineHeightBase300,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
    padding: tokens.spacingHorizontalS,
    minHeight: tokens.lineHeightBase300,
  },
  suggestions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  insert: { alignSelf: "flex-start" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  summary: { margin: 0, fontSize: tokens.fontSizeBase200 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});
