import type { RuleVerdict } from "../../../core/card/RuleVerdict";

/** The badge colour of each verdict, on the figure card and the cell card alike. */
export const VERDICT_COLORS: Readonly<
  Record<RuleVerdict, "success" | "warning" | "danger" | "informative">
> = {
  consistent: "success",
  minor: "warning",
  major: "danger",
  notCheckable: "informative",
};
