import type { RoundingMode } from "../../core/numbers/RoundingMode";
import type { UiLanguage } from "../i18n/Strings";

/** What the user sets once and the task pane remembers. */
export type TaskpaneSettings = {
  /** @default "round" */
  readonly mode: RoundingMode;
  /** @default true */
  readonly highlightMinor: boolean;
  /** @default from Office's display language */
  readonly language: UiLanguage;
};

/** The key the settings are stored under (workbook.settings or localStorage). */
export const SETTINGS_KEY = "iij-statements.settings";
