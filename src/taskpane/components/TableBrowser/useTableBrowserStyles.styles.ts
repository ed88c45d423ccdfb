import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Styles of TableBrowser: a scrolling table, figures right-aligned, totals bold. At 320 px the
 * label column stays in place while the figures scroll under it, the labels wrap in a narrow
 * column, and each figure column is as wide as its figures: its header wraps to that width
 * instead of widening it.
 */
export const useTableBrowserStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // A long table title must not widen the 320-px pane: the select shrinks and clips its text.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  scroller: {
    overflowX: "auto",
    maxHeight: "420px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "max-content" },
  th: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "right",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
    minWidth: "6.5em",
  },
  // The header's text takes no width of its own: it wraps within the width the figures give.
  headerText: { display: "block", width: 0, minWidth: "100%", overflowWrap: "break-word" },
  // The top-left cell stays put both ways.
  corner: { left: 0, zIndex: 2, textAlign: "left", minWidth: 0 },
  label: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "left",
    minWidth: "7em",
    maxWidth: "10em",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    boxShadow: `inset -${tokens.strokeWidthThin} 0 0 ${tokens.colorNeutralStroke2}`,
  },
  figure: {
    textAlign: "right",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontVariantNumeric: "tabular-nums",
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});
