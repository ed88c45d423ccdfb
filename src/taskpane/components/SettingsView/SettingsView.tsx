import { Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import * as React from "react";
import type { RoundingMode } from "../../../core/numbers/RoundingMode";
import type { UiLanguage } from "../../i18n/Strings";
import { useStrings } from "../../i18n/useStrings";
import type { SettingsViewProps } from "./SettingsView.types";
import { useSettingsViewStyles } from "./useSettingsViewStyles.styles";

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: "English", ja: "日本語" };

/**
 * The Settings view: rounding mode, whether minor findings are highlighted, and the UI language;
 * every change is saved at once (with the workbook in Excel, in the browser in preview).
 *
 * @param props - the App's view props
 * @returns the view
 * @example
 * <SettingsView {...viewProps} />
 */
export function SettingsView(props: SettingsViewProps): React.JSX.Element {
  const t = useStrings();
  const styles = useSettingsViewStyles();
  const { settings, onSettingsChange } = props;
  return (
    <div className={styles.root}>
      <Field label={t.settings.rounding}>
        <RadioGroup
          value={settings.mode}
          onChange={(_, d) => onSettingsChange({ ...settings, mode: d.value as RoundingMode })}
        >
          <Radio value="round" label={t.roundingModes.round} />
          <Radio value="truncate" label={t.roundingModes.truncate} />
        </RadioGroup>
      </Field>
      <Field hint={t.settings.highlightMinorHint}>
        <Switch
          label={t.settings.highlightMinor}
          checked={settings.highlightMinor}
          onChange={(_, d) => onSettingsChange({ ...settings, highlightMinor: d.checked })}
        />
      </Field>
      <Field label={t.settings.language}>
        <RadioGroup
          value={settings.language}
          onChange={(_, d) => onSettingsChange({ ...settings, language: d.value as UiLanguage })}
        >
          {(["en", "ja"] as const).map((l) => (
            <Radio key={l} value={l} label={<span lang={l}>{LANGUAGE_NAMES[l]}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <p className={styles.hint}>{t.settings.storedIn(props.host.kind === "excel")}</p>
    </div>
  );
}
