import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of SpillGrid: a compact sheet-like table that scrolls sideways in its own box. */
export const useSpillGridStyles = makeStyles({
  scroll: {
    maxWidth: "100%",
    overflowX: "auto",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    verticalAlign: "bottom",
    whiteSpace: "normal",
  },
  rowHead: { fontWeight: tokens.fontWeightRegular, minWidth: "10em" },
  // Leading spaces indent a statement's rows, as on the sheet.
  text: { textAlign: "start", whiteSpace: "pre-wrap" },
  number: {
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
});
