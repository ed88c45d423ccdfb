import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of ViewBoundary: an error box in Fluent's danger colours. */
export const useViewBoundaryStyles = makeStyles({
  alert: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
});
