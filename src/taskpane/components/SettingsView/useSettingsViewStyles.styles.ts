import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of SettingsView: stacked fields. */
export const useSettingsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});
