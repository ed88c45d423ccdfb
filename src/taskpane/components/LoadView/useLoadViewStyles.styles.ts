import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of LoadView: stacked fields, one progress bar per sheet. */
export const useLoadViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  checks: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  row: { flexDirection: "row", flexWrap: "wrap" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  sheet: { fontSize: tokens.fontSizeBase200 },
  result: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  renamed: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
